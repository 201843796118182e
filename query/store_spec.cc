// store_spec.cc — ParseStoreSpec (pure string parsing).
#include "query/store_spec.h"

#include <cctype>
#include <charconv>

#include "query/errors.h"

namespace awardgraph::query {
namespace {

constexpr std::string_view kSqlitePrefix = "sqlite:";
constexpr std::string_view kMemoryPrefix = "memory:";
constexpr std::string_view kPostgresPrefixes[] = {"postgresql://", "postgres://"};
constexpr std::string_view kVirtuosoPrefix = "virtuoso://";
constexpr std::string_view kAcceptedForms =
    "expected a directory path, sqlite:PATH, memory:, postgresql://USER@HOST:PORT/DB or "
    "virtuoso://USER:PASSWORD@HOST:PORT/GRAPH-BASE";

[[noreturn]] void Fail(std::string_view spec, std::string_view why) {
  throw StoreError("invalid store name '" + MaskPassword(spec) + "': " + std::string(why) + " (" +
                   std::string(kAcceptedForms) + ")");
}

// Parses "PORT" (after a ':') into `out.port`.
void ParsePort(std::string_view spec, std::string_view port, StoreSpec& out) {
  int value = 0;
  auto [end, ec] = std::from_chars(port.data(), port.data() + port.size(), value);
  if (port.empty() || ec != std::errc() || end != port.data() + port.size() || value <= 0 ||
      value > 65535) {
    Fail(spec, "port '" + std::string(port) + "' is not a number from 1 to 65535");
  }
  out.port = value;
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
    ParsePort(spec, authority.substr(colon + 1), out);
    authority = authority.substr(0, colon);
  }
  out.host = std::string(authority);
}

// Parses "USER[:PASSWORD]@HOST[:PORT]/GRAPH-BASE" (the part after
// "virtuoso://") into `out`. `shown` is the name with the password masked:
// every message uses it, never the name as written.
void ParseVirtuosoAuthority(std::string_view shown, std::string_view rest, StoreSpec& out) {
  const std::size_t at = rest.rfind('@');
  if (at == std::string_view::npos) {
    Fail(shown, "no user: write virtuoso://USER:PASSWORD@HOST:PORT/GRAPH-BASE");
  }
  const std::string_view credentials = rest.substr(0, at);
  const std::size_t colon = credentials.find(':');
  out.user = std::string(credentials.substr(0, colon));
  if (colon != std::string_view::npos) out.password = std::string(credentials.substr(colon + 1));
  if (out.user.empty()) Fail(shown, "empty user name before '@'");
  if (out.user.find_first_of(";{}") != std::string::npos ||
      out.password.find_first_of(";{}") != std::string::npos) {
    Fail(shown, "user and password may not contain ';', '{' or '}' (ODBC separators)");
  }
  std::string_view location = rest.substr(at + 1);
  const std::size_t slash = location.find('/');
  if (slash == std::string_view::npos || slash + 1 == location.size()) {
    Fail(shown,
         "no graph base after '/' (for example virtuoso://dba:PASSWORD@127.0.0.1:1111/awardgraph)");
  }
  out.graph_base = std::string(location.substr(slash + 1));
  for (char c : out.graph_base) {
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.')) {
      Fail(shown,
           "graph base '" + out.graph_base + "' may hold only letters, digits, '-', '_' and '.'");
    }
  }
  std::string_view host = location.substr(0, slash);
  if (const std::size_t port = host.rfind(':'); port != std::string_view::npos) {
    ParsePort(shown, host.substr(port + 1), out);
    host = host.substr(0, port);
  }
  if (host.find_first_of(";{}@") != std::string_view::npos) Fail(shown, "bad host name");
  out.host = std::string(host);
}

}  // namespace

std::string MaskPassword(std::string_view spec) {
  const std::size_t scheme = spec.find("://");
  if (scheme == std::string_view::npos) return std::string(spec);
  const std::string_view rest = spec.substr(scheme + 3);
  const std::size_t at = rest.rfind('@');
  if (at == std::string_view::npos) return std::string(spec);
  const std::size_t colon = rest.substr(0, at).find(':');
  if (colon == std::string_view::npos) return std::string(spec);
  return std::string(spec.substr(0, scheme + 3)) + std::string(rest.substr(0, colon)) + ":***" +
         std::string(rest.substr(at));
}

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
  if (spec.starts_with(kVirtuosoPrefix)) {
    out.backend = StoreSpec::Backend::kVirtuoso;
    out.original = MaskPassword(spec);
    ParseVirtuosoAuthority(out.original, spec.substr(kVirtuosoPrefix.size()), out);
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
