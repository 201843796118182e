// store_spec.cc — ParseStoreSpec (pure string parsing).
#include "query/store_spec.h"

#include <charconv>

#include "query/errors.h"

namespace awardgraph::query {
namespace {

constexpr std::string_view kSqlitePrefix = "sqlite:";
constexpr std::string_view kMemoryPrefix = "memory:";
constexpr std::string_view kPostgresPrefixes[] = {"postgresql://", "postgres://"};
constexpr std::string_view kAcceptedForms =
    "expected a directory path, sqlite:PATH, memory: or postgresql://USER@HOST:PORT/DB";

[[noreturn]] void Fail(std::string_view spec, std::string_view why) {
  throw StoreError("invalid store name '" + std::string(spec) + "': " + std::string(why) + " (" +
                   std::string(kAcceptedForms) + ")");
}

// Parses "USER@HOST:PORT/DB" (the part after the scheme) into `out`.
void ParsePostgresAuthority(std::string_view spec, std::string_view rest, StoreSpec& out) {
  const std::size_t slash = rest.find('/');
  if (slash == std::string_view::npos || slash + 1 == rest.size()) {
    Fail(spec, "no database name after '/'");
  }
  out.dbname = std::string(rest.substr(slash + 1));
  if (out.dbname.find_first_of("/?#") != std::string::npos) {
    Fail(spec, "database name contains '/', '?' or '#'");
  }
  std::string_view authority = rest.substr(0, slash);
  if (const std::size_t at = authority.rfind('@'); at != std::string_view::npos) {
    out.user = std::string(authority.substr(0, at));
    if (out.user.find(':') != std::string::npos) {
      Fail(spec, "passwords do not belong in the store name; set PGPASSWORD or use ~/.pgpass");
    }
    authority.remove_prefix(at + 1);
  }
  if (const std::size_t colon = authority.rfind(':'); colon != std::string_view::npos) {
    const std::string_view port = authority.substr(colon + 1);
    int value = 0;
    auto [end, ec] = std::from_chars(port.data(), port.data() + port.size(), value);
    if (port.empty() || ec != std::errc() || end != port.data() + port.size() || value <= 0 ||
        value > 65535) {
      Fail(spec, "port '" + std::string(port) + "' is not a number from 1 to 65535");
    }
    out.port = value;
    authority = authority.substr(0, colon);
  }
  out.host = std::string(authority);
}

}  // namespace

StoreSpec ParseStoreSpec(std::string_view spec) {
  StoreSpec out;
  out.original = std::string(spec);
  if (spec.empty()) Fail(spec, "empty");
  if (spec.starts_with(kSqlitePrefix)) {
    out.backend = StoreSpec::Backend::kSqlite;
    out.path = std::string(spec.substr(kSqlitePrefix.size()));
    if (out.path.empty()) Fail(spec, "no file after 'sqlite:'");
    return out;
  }
  if (spec.starts_with(kMemoryPrefix)) {
    if (spec.size() != kMemoryPrefix.size()) Fail(spec, "nothing may follow 'memory:'");
    out.backend = StoreSpec::Backend::kMemory;
    return out;
  }
  for (std::string_view prefix : kPostgresPrefixes) {
    if (spec.starts_with(prefix)) {
      out.backend = StoreSpec::Backend::kPostgresql;
      ParsePostgresAuthority(spec, spec.substr(prefix.size()), out);
      return out;
    }
  }
  if (spec.find("://") != std::string_view::npos) Fail(spec, "unknown scheme");
  out.backend = StoreSpec::Backend::kBdbDirectory;
  out.path = std::string(spec);
  return out;
}

}  // namespace awardgraph::query
