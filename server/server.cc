// server.cc — the HTTP side of `awardgraph serve` (cpp-httplib).
#include "server/server.h"

#include <httplib.h>
#include <pthread.h>
#include <signal.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <ctime>
#include <mutex>
#include <nlohmann/json.hpp>
#include <sstream>
#include <thread>

#include "loaders/rdf/sha256.h"
#include "query/sparql_text.h"
#include "query/store_spec.h"
#include "server/child.h"
#include "server/http_error.h"
#include "server/protocol.h"
#include "server/web_assets.h"
#include "server/worker_pool.h"

namespace awardgraph::server {
namespace {

// How long past --timeout a worker gets to stop a query itself before it is killed.
constexpr std::chrono::milliseconds kKillGrace{2000};

// Per-request facts for the access log; the logger runs on the handler's thread.
struct RequestStats {
  Clock::time_point start{};
  long long rows = -1;
};
thread_local RequestStats t_stats;

std::string UtcNow() {
  const std::time_t now = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&now, &tm);
  char buffer[32];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buffer;
}

std::string QueryStringOf(const httplib::Request& request) {
  const std::size_t question = request.target.find('?');
  return question == std::string::npos ? std::string() : request.target.substr(question + 1);
}

void SendText(httplib::Response& response, int status, const std::string& text) {
  response.status = status;
  response.set_content(text, "text/plain; charset=utf-8");
}

void SendError(httplib::Response& response, const HttpError& error) {
  for (const auto& [name, value] : error.Headers()) response.set_header(name, value);
  SendText(response, error.Status(), error.what());
}

std::string Lower(std::string text) {
  for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

class Server {
 public:
  Server(const ServerOptions& options, std::ostream& log)
      : options_(options),
        log_(log),
        pool_({.executable = options.executable,
               .store = options.store,
               .workers = std::max<std::size_t>(1, options.workers)}) {}

  httplib::Server& Http() { return http_; }

  void Install() {
    const std::size_t threads = std::max<std::size_t>(64, options_.workers * 8);
    http_.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
    http_.set_payload_max_length(options_.max_body);
    http_.set_keep_alive_timeout(5);
    http_.set_tcp_nodelay(
        true);  // no 40 ms Nagle + delayed-ACK stall between header and body writes
    http_.set_pre_routing_handler([](const httplib::Request&, httplib::Response&) {
      t_stats = RequestStats{Clock::now(), -1};
      return httplib::Server::HandlerResponse::Unhandled;
    });
    const auto guarded = [this](auto handler) {
      return [this, handler](const httplib::Request& request, httplib::Response& response) {
        try {
          (this->*handler)(request, response);
        } catch (const HttpError& error) {
          SendError(response, error);
        } catch (const std::exception& error) {
          SendText(response, 500, std::string("internal server error: ") + error.what() + "\n");
        }
      };
    };
    http_.Get("/sparql", guarded(&Server::HandleSparql));
    http_.Post("/sparql", guarded(&Server::HandleSparql));
    for (const char* path : {"/sparql", "/health", "/"}) {
      http_.Put(path, guarded(&Server::HandleWrongMethod));
      http_.Delete(path, guarded(&Server::HandleWrongMethod));
      http_.Patch(path, guarded(&Server::HandleWrongMethod));
    }
    http_.Options("/sparql", guarded(&Server::HandlePreflight));
    http_.Post("/articles", guarded(&Server::HandleArticles));
    http_.Get("/articles", guarded(&Server::HandleWrongMethod));
    http_.Get("/health", guarded(&Server::HandleHealth));
    http_.Get("/examples", guarded(&Server::HandleExamples));
    http_.Get("/", guarded(&Server::HandleIndex));
    http_.Get("/resource", guarded(&Server::HandleResourcePage));
    http_.Get(R"(/assets/([A-Za-z0-9._-]+))", guarded(&Server::HandleAsset));
    http_.set_error_handler(httplib::Server::HandlerWithResponse(
        [this](const httplib::Request& request, httplib::Response& response) {
          if (!response.body.empty()) return httplib::Server::HandlerResponse::Unhandled;
          if (response.status == 413) {
            SendText(response, 413,
                     "request body over the limit of " + std::to_string(options_.max_body) +
                         " bytes (--max-body)\n");
          } else if (response.status == 404) {
            SendText(response, 404,
                     "no such page: " + request.path + " (try /, /sparql, /health or /resource)\n");
          } else {
            return httplib::Server::HandlerResponse::Unhandled;
          }
          return httplib::Server::HandlerResponse::Handled;
        }));
    http_.set_exception_handler(
        [](const httplib::Request&, httplib::Response& response, std::exception_ptr) {
          SendText(response, 500, "internal server error\n");
        });
    if (!options_.quiet) {
      http_.set_logger([this](const httplib::Request& request, const httplib::Response& response) {
        Log(request, response);
      });
    }
  }

 private:
  using Handler = void (Server::*)(const httplib::Request&, httplib::Response&);

  std::chrono::milliseconds Timeout() const {
    return std::chrono::milliseconds(
        static_cast<long long>(std::llround(options_.timeout_seconds * 1000.0)));
  }

  void AllowReads(httplib::Response& response) const {
    if (!options_.cors.empty()) response.set_header("Access-Control-Allow-Origin", options_.cors);
  }

  void HandleSparql(const httplib::Request& request, httplib::Response& response) {
    AllowReads(response);
    response.set_header("Vary", "Accept");
    const HttpRequestView view{request.method, QueryStringOf(request),
                               request.get_header_value("Content-Type"),
                               request.get_header_value("Accept"), request.body};
    const SparqlRequest sparql = ParseSparqlRequest(view, options_.max_body);
    if (sparql.operation == SparqlOperation::kServiceDescription) {
      // The endpoint IRI as the client addressed it, when the Host header is a plain host[:port].
      std::string host = request.get_header_value("Host");
      const bool plain_host = !host.empty() && std::all_of(host.begin(), host.end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '-' || c == ':' ||
               c == '[' || c == ']';
      });
      if (!plain_host) host = options_.host + ":" + std::to_string(port_);
      const ChildReply reply = pool_.Read({"service", "http://" + host + "/sparql"}, Timeout());
      response.status = reply.status;
      response.set_content(reply.body, reply.content_type.c_str());
      return;
    }
    RefuseUnsupported(sparql);
    const query::QueryShape shape = query::AnalyzeQuery(sparql.query);
    const NegotiatedFormat format = NegotiateFormat(sparql, shape.form);
    // The engine stops the query at the deadline itself (QueryControl); killing
    // the worker a little later is the backstop for a step that does not check it.
    const ChildReply reply =
        pool_.Read({"query", sparql.query, std::to_string(static_cast<int>(format.format)),
                    std::to_string(options_.max_rows), std::to_string(Timeout().count())},
                   Timeout() + kKillGrace);
    response.status = reply.status;
    if (reply.status == 200) {
      t_stats.rows = static_cast<long long>(reply.rows);
      response.set_content(reply.body, format.content_type.c_str());
    } else {
      response.set_content(reply.body, reply.content_type.c_str());
    }
    if (reply.truncated) {
      response.set_header("X-Awardgraph-Truncated",
                          "max-rows=" + std::to_string(options_.max_rows));
      response.set_header("Warning", "199 awardgraph \"result cut at " +
                                         std::to_string(options_.max_rows) +
                                         " rows by --max-rows\"");
    }
  }

  void HandleWrongMethod(const httplib::Request& request, httplib::Response& response) {
    const std::string allow = request.path == "/sparql"     ? "GET, POST, OPTIONS"
                              : request.path == "/articles" ? "POST"
                                                            : "GET";
    throw HttpError(405,
                    request.method + " is not allowed on " + request.path + "; use " + allow + "\n",
                    {{"Allow", allow}});
  }

  void HandlePreflight(const httplib::Request&, httplib::Response& response) {
    AllowReads(response);
    response.set_header("Access-Control-Allow-Methods", "GET, POST, OPTIONS");
    response.set_header("Access-Control-Allow-Headers", "Content-Type, Accept");
    response.set_header("Access-Control-Max-Age", "600");
    response.set_header("Allow", "GET, POST, OPTIONS");
    response.status = 204;
  }

  void HandleArticles(const httplib::Request& request, httplib::Response& response) {
    if (options_.write_token.empty()) {
      throw HttpError(403,
                      "writes are disabled: this server is read-only (start it with "
                      "--write-token TOKEN to accept POST /articles)\n");
    }
    if (!TokenMatches(BearerToken(request.get_header_value("Authorization")),
                      options_.write_token)) {
      throw HttpError(401,
                      "POST /articles needs the header 'Authorization: Bearer TOKEN' with "
                      "the server's --write-token\n",
                      {{"WWW-Authenticate", "Bearer realm=\"awardgraph\""}});
    }
    if (request.body.size() > options_.max_body) {
      throw HttpError(413, "request body over the limit of " + std::to_string(options_.max_body) +
                               " bytes (--max-body)\n");
    }
    const std::string source = request.get_param_value("source");
    if (source.empty()) {
      throw HttpError(400,
                      "say where the article comes from: POST /articles?source=URL-or-name "
                      "(it names the article, so posting it again replaces it)\n");
    }
    std::string type = Lower(request.get_header_value("Content-Type"));
    type = type.substr(0, type.find(';'));
    while (!type.empty() && type.back() == ' ') type.pop_back();
    std::string kind;
    if (type == "text/plain") {
      kind = "text";
    } else if (type == "text/html" || type == "application/xhtml+xml") {
      kind = "html";
    } else if (type == "application/x-ndjson" || type == "application/jsonl" ||
               type == "application/json-lines" || type == "application/jsonlines") {
      kind = "jsonl";
    } else {
      throw HttpError(415,
                      "POST /articles takes text/plain, text/html or application/x-ndjson "
                      "(JSON Lines), not '" +
                          (type.empty() ? std::string("no Content-Type") : type) + "'\n");
    }
    const ChildReply reply =
        pool_.Write({"ingest", source, kind, request.body, std::to_string(options_.ingest_jobs)});
    response.status = reply.status;
    t_stats.rows = static_cast<long long>(reply.rows);
    response.set_content(reply.body, reply.content_type.c_str());
  }

  void HandleHealth(const httplib::Request&, httplib::Response& response) {
    AllowReads(response);
    const std::size_t alive = pool_.Alive();
    response.status = alive > 0 ? 200 : 503;
    const nlohmann::ordered_json health = {{"status", alive > 0 ? "ok" : "no workers"},
                                           {"workers", alive},
                                           {"restarts", pool_.Restarts()},
                                           {"writes", !options_.write_token.empty()}};
    response.set_content(health.dump() + "\n", "application/json; charset=utf-8");
  }

  void HandleExamples(const httplib::Request&, httplib::Response& response) {
    AllowReads(response);
    nlohmann::json examples = nlohmann::json::array();
    for (const WebAsset& example : ExampleQueries()) {
      std::string_view text = example.body;
      std::string title(example.name);
      if (text.starts_with("# ")) {  // the first comment line is the title
        const std::size_t end = text.find('\n');
        title = std::string(text.substr(2, end - 2));
        text = end == std::string_view::npos ? "" : text.substr(end + 1);
      }
      examples.push_back({{"name", example.name}, {"title", title}, {"query", text}});
    }
    response.set_content(examples.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace),
                         "application/json; charset=utf-8");
  }

  void SendAsset(std::string_view name, httplib::Response& response) {
    const std::optional<WebAsset> asset = FindWebAsset(name);
    if (!asset) throw HttpError(404, "no such file: " + std::string(name) + "\n");
    response.set_header("Cache-Control", "no-cache");
    response.set_content(std::string(asset->body), std::string(asset->content_type).c_str());
  }

  void HandleIndex(const httplib::Request&, httplib::Response& response) {
    SendAsset("index.html", response);
  }
  void HandleResourcePage(const httplib::Request&, httplib::Response& response) {
    SendAsset("resource.html", response);
  }
  void HandleAsset(const httplib::Request& request, httplib::Response& response) {
    SendAsset(request.matches[1].str(), response);
  }

  void Log(const httplib::Request& request, const httplib::Response& response) {
    long long ms = 0;
    if (t_stats.start != Clock::time_point{}) {
      ms = std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - t_stats.start)
               .count();
    }
    std::ostringstream line;
    line << UtcNow() << ' ' << request.remote_addr << ' ' << request.method << ' ' << request.path
         << ' ' << response.status << ' ' << ms
         << "ms rows=" << (t_stats.rows >= 0 ? std::to_string(t_stats.rows) : "-") << '\n';
    t_stats = RequestStats{};
    std::lock_guard lock(log_mutex_);
    log_ << line.str() << std::flush;
  }

 public:
  int port_ = 0;

 private:
  const ServerOptions& options_;
  std::ostream& log_;
  std::mutex log_mutex_;
  WorkerPool pool_;
  httplib::Server http_;
};

}  // namespace

bool TokenMatches(std::string_view given, std::string_view token) {
  loaders::Sha256 a;
  a.Update(given);
  loaders::Sha256 b;
  b.Update(token);
  const auto x = a.Digest();
  const auto y = b.Digest();
  unsigned char difference = 0;
  for (std::size_t i = 0; i < x.size(); ++i) difference |= x[i] ^ y[i];
  return difference == 0 && !token.empty();
}

std::string BearerToken(std::string_view authorization) {
  constexpr std::string_view kScheme = "bearer ";
  if (authorization.size() <= kScheme.size()) return {};
  for (std::size_t i = 0; i < kScheme.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(authorization[i])) != kScheme[i]) return {};
  }
  std::string_view token = authorization.substr(kScheme.size());
  while (!token.empty() && token.front() == ' ') token.remove_prefix(1);
  while (!token.empty() && token.back() == ' ') token.remove_suffix(1);
  return std::string(token);
}

int RunServer(const ServerOptions& options, std::ostream& out, std::ostream& log) {
  // SIGTERM/SIGINT go to one thread that stops the server; a dead client must not kill us.
  ::signal(SIGPIPE, SIG_IGN);
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGTERM);
  sigaddset(&stop_signals, SIGINT);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);

  Server server(options, log);  // starts the workers (throws when the store cannot open)
  server.Install();
  httplib::Server& http = server.Http();
  int port = options.port;
  if (port == 0) {
    port = http.bind_to_any_port(options.host);
    if (port < 0) throw std::runtime_error("cannot listen on " + options.host);
  } else if (!http.bind_to_port(options.host, port)) {
    throw std::runtime_error("cannot listen on " + options.host + ":" + std::to_string(port) +
                             " (in use?)");
  }
  server.port_ = port;
  std::atomic<bool> stopped_by_signal{false};
  std::atomic<bool> done{false};
  std::thread signal_thread([&] {
    int signal_number = 0;
    sigwait(&stop_signals, &signal_number);
    if (!done) {
      stopped_by_signal = true;
      http.stop();
    }
  });
  out << "awardgraph serve: listening on http://" << options.host << ":" << port << "/ (store "
      << query::MaskPassword(options.store) << ", " << std::max<std::size_t>(1, options.workers)
      << " workers)\n"
      << std::flush;
  const bool ok = http.listen_after_bind();
  done = true;
  if (!stopped_by_signal) ::kill(::getpid(), SIGTERM);  // wake the signal thread
  signal_thread.join();
  if (!ok && !stopped_by_signal) throw std::runtime_error("the server stopped unexpectedly");
  out << "awardgraph serve: stopped\n" << std::flush;
  return 0;
}

}  // namespace awardgraph::server
