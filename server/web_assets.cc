// web_assets.cc — lookup in the embedded web/ files.
#include "server/web_assets.h"

#include "server/web_assets_data.h"

namespace awardgraph::server {
namespace {

std::string_view ContentTypeFor(std::string_view name) {
  if (name.ends_with(".html")) return "text/html; charset=utf-8";
  if (name.ends_with(".js")) return "text/javascript; charset=utf-8";
  if (name.ends_with(".css")) return "text/css; charset=utf-8";
  if (name.ends_with(".svg")) return "image/svg+xml";
  if (name.ends_with(".rq")) return "application/sparql-query; charset=utf-8";
  return "text/plain; charset=utf-8";
}

}  // namespace

std::optional<WebAsset> FindWebAsset(std::string_view name) {
  for (std::size_t i = 0; i < internal::kWebFileCount; ++i) {
    const internal::EmbeddedFile& file = internal::kWebFiles[i];
    if (file.name == name) return WebAsset{file.name, ContentTypeFor(file.name), file.body};
  }
  return std::nullopt;
}

std::vector<WebAsset> ExampleQueries() {
  std::vector<WebAsset> queries;
  for (std::size_t i = 0; i < internal::kQueryFileCount; ++i) {
    const internal::EmbeddedFile& file = internal::kQueryFiles[i];
    queries.push_back({file.name, ContentTypeFor(file.name), file.body});
  }
  return queries;
}

}  // namespace awardgraph::server
