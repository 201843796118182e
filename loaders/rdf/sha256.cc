// sha256.cc — SHA-256 through nettle's sha256_* functions.
#include "loaders/rdf/sha256.h"

namespace awardgraph::loaders {

Sha256::Sha256() { Reset(); }

void Sha256::Reset() { sha256_init(&context_); }

void Sha256::Update(std::string_view bytes) {
  sha256_update(&context_, bytes.size(), reinterpret_cast<const std::uint8_t*>(bytes.data()));
}

std::array<std::uint8_t, 32> Sha256::Digest() {
  static_assert(SHA256_DIGEST_SIZE == 32);
  std::array<std::uint8_t, 32> digest;
  sha256_digest(&context_, digest.size(), digest.data());  // also re-initialises context_
  return digest;
}

std::string Sha256::HexDigest() {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string hex;
  hex.reserve(64);
  for (std::uint8_t byte : Digest()) {
    hex.push_back(kHex[byte >> 4]);
    hex.push_back(kHex[byte & 0xf]);
  }
  return hex;
}

std::string Sha256Hex(std::string_view bytes) {
  Sha256 hasher;
  hasher.Update(bytes);
  return hasher.HexDigest();
}

}  // namespace awardgraph::loaders
