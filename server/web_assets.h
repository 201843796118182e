// web_assets.h — the query page's files, compiled into the binary.
//
// Defines WebAsset, FindWebAsset() and ExampleQueries(). The files of web/
// and the analyst queries of data/queries/*.rq are embedded at build time by
// cmake/embed_web.cmake (no CDN, nothing read from disk at run time).
//
// Example:
//   if (auto asset = FindWebAsset("app.js")) Send(asset->content_type, asset->body);
//   for (const auto& q : ExampleQueries()) std::cout << q.name << "\n";  // "q1.rq", ...
#ifndef AWARDGRAPH_SERVER_WEB_ASSETS_H_
#define AWARDGRAPH_SERVER_WEB_ASSETS_H_

#include <optional>
#include <string_view>
#include <vector>

namespace awardgraph::server {

/// One embedded file.
struct WebAsset {
  /// File name relative to its folder ("app.js", "q1.rq").
  std::string_view name;
  /// Content-Type with charset.
  std::string_view content_type;
  std::string_view body;
};

/// The file `name` of web/ ("index.html"), or nullopt.
std::optional<WebAsset> FindWebAsset(std::string_view name);

/// The analyst queries (data/queries/*.rq), sorted by name.
std::vector<WebAsset> ExampleQueries();

}  // namespace awardgraph::server

#endif  // AWARDGRAPH_SERVER_WEB_ASSETS_H_
