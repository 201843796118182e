// sha256.h — SHA-256 message digest (FIPS 180-4), for stable content ids,
// computed by nettle (Debian's nettle-dev).
//
// Defines Sha256, an incremental hasher, and Sha256Hex, a one-shot helper that
// returns the digest as 64 lowercase hex characters.
//
// Example:
//   std::string id = Sha256Hex("abc");
//   // id == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
//
//   Sha256 hasher;
//   hasher.Update("ab");
//   hasher.Update("c");
//   std::string same = hasher.HexDigest();
#ifndef AWARDGRAPH_LOADERS_SHA256_H_
#define AWARDGRAPH_LOADERS_SHA256_H_

#include <nettle/sha2.h>

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace awardgraph::loaders {

/// Incremental SHA-256. Feed bytes with Update(), then call Digest() or
/// HexDigest(); either one finishes the message and starts a new, empty one.
class Sha256 {
 public:
  Sha256();

  /// Starts a new message, discarding anything fed so far.
  void Reset();

  /// Appends `bytes` to the message.
  void Update(std::string_view bytes);

  /// Finishes the message and returns the 32-byte digest.
  std::array<std::uint8_t, 32> Digest();

  /// Finishes the message and returns the digest as 64 lowercase hex digits.
  std::string HexDigest();

 private:
  sha256_ctx context_;
};

/// Returns the SHA-256 of `bytes` as 64 lowercase hex digits.
std::string Sha256Hex(std::string_view bytes);

}  // namespace awardgraph::loaders

#endif  // AWARDGRAPH_LOADERS_SHA256_H_
