// Tests for sha256.h (nettle underneath) against the FIPS 180-4 / NIST example vectors.
#include "loaders/rdf/sha256.h"

#include <gtest/gtest.h>

#include <string>

namespace awardgraph::loaders {
namespace {

TEST(Sha256Test, EmptyString) {
  EXPECT_EQ(Sha256Hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
}

TEST(Sha256Test, Abc) {
  EXPECT_EQ(Sha256Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST(Sha256Test, TwoBlockMessage448Bits) {
  EXPECT_EQ(Sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}

TEST(Sha256Test, OneMillionA) {
  EXPECT_EQ(Sha256Hex(std::string(1000000, 'a')),
            "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST(Sha256Test, IncrementalUpdatesMatchOneShot) {
  std::string message(1000, 'x');
  for (std::size_t i = 0; i < message.size(); ++i) message[i] = static_cast<char>(i * 7 + 3);
  // Split at every awkward offset around the 64-byte block and 56-byte padding edges.
  for (std::size_t split : {0, 1, 55, 56, 57, 63, 64, 65, 128, 999, 1000}) {
    Sha256 hasher;
    hasher.Update(std::string_view{message}.substr(0, split));
    hasher.Update(std::string_view{message}.substr(split));
    EXPECT_EQ(hasher.HexDigest(), Sha256Hex(message)) << "split at " << split;
  }
}

TEST(Sha256Test, PaddingBoundaryLengths) {
  // 55 bytes fit the length in one block; 56 bytes need a second block.
  EXPECT_EQ(Sha256Hex(std::string(55, 'a')),
            "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318");
  EXPECT_EQ(Sha256Hex(std::string(56, 'a')),
            "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a");
}

TEST(Sha256Test, ResetStartsOver) {
  Sha256 hasher;
  hasher.Update("garbage");
  hasher.Reset();
  hasher.Update("abc");
  EXPECT_EQ(hasher.HexDigest(), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST(Sha256Test, DigestStartsANewMessage) {
  Sha256 hasher;
  hasher.Update("garbage");
  EXPECT_EQ(hasher.Digest().size(), 32u);
  hasher.Update("abc");
  EXPECT_EQ(hasher.HexDigest(), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_EQ(hasher.HexDigest(), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
}

}  // namespace
}  // namespace awardgraph::loaders
