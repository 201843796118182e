// http_error.h — an error that ends an HTTP request with a given status.
//
// Defines HttpError: thrown anywhere below a request handler (protocol
// parsing, negotiation, the worker pool) and turned into the response at the
// edge (server.cc). The message is the response body, plain text, written
// for the person who sent the request. Modelled on QLever's HttpError.
//
// Example:
//   throw HttpError(415, "POST /sparql takes application/sparql-query or "
//                        "application/x-www-form-urlencoded, not text/plain");
#ifndef AWARDGRAPH_SERVER_HTTP_ERROR_H_
#define AWARDGRAPH_SERVER_HTTP_ERROR_H_

#include <map>
#include <stdexcept>
#include <string>
#include <utility>

namespace awardgraph::server {

/// An error response: HTTP status, plain-text message and extra headers.
class HttpError : public std::runtime_error {
 public:
  /// `status` is the HTTP status code (4xx or 5xx); `message` the body.
  HttpError(int status, const std::string& message, std::map<std::string, std::string> headers = {})
      : std::runtime_error(message), status_(status), headers_(std::move(headers)) {}
  /// The HTTP status code.
  int Status() const { return status_; }
  /// Extra response headers (for example Allow with 405).
  const std::map<std::string, std::string>& Headers() const { return headers_; }

 private:
  int status_;
  std::map<std::string, std::string> headers_;
};

}  // namespace awardgraph::server

#endif  // AWARDGRAPH_SERVER_HTTP_ERROR_H_
