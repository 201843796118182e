// errors.h — the exceptions the query module throws.
//
// Defines Error (base) and two families: StoreError (opening, locking,
// loading, writing a store: a runtime failure) and QueryError (the request
// itself is wrong: syntax, unsupported feature). The CLI maps StoreError to
// exit code 1 and QueryError to exit code 2. Every message is meant to be
// shown to the user as is, and says what to do where it can.
//
// Example:
//   try { Store::Open("missing-dir", Store::Mode::kRead); }
//   catch (const StoreNotFoundError& e) { std::cerr << e.what(); }  // "no store at missing-dir"
#ifndef AWARDGRAPH_QUERY_ERRORS_H_
#define AWARDGRAPH_QUERY_ERRORS_H_

#include <stdexcept>
#include <string>

namespace awardgraph::query {

/// Base of every exception thrown by the query module.
class Error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// A store could not be opened, read or written.
class StoreError : public Error {
 public:
  using Error::Error;
};

/// The store named for reading does not exist (nothing was created).
class StoreNotFoundError : public StoreError {
 public:
  using StoreError::StoreError;
};

/// Another process holds the store's lock.
class StoreInUseError : public StoreError {
 public:
  /// `holder_pid` is 0 when the holder is unknown (for example readers).
  StoreInUseError(const std::string& message, long holder_pid)
      : StoreError(message), holder_pid_(holder_pid) {}
  /// Process id written into the lock file by the holder, or 0.
  long HolderPid() const { return holder_pid_; }

 private:
  long holder_pid_;
};

/// An RDF file could not be parsed; nothing of it was stored.
class RdfParseError : public StoreError {
 public:
  /// `line` is 0 when the parser gave no position.
  RdfParseError(const std::string& message, std::string file, int line)
      : StoreError(message), file_(std::move(file)), line_(line) {}
  /// The file that failed.
  const std::string& File() const { return file_; }
  /// 1-based line of the first error, or 0.
  int Line() const { return line_; }

 private:
  std::string file_;
  int line_;
};

/// The query cannot be run as written (exit code 2 in the CLI).
class QueryError : public Error {
 public:
  using Error::Error;
};

/// The query text is not valid SPARQL 1.1 Query syntax.
class QuerySyntaxError : public QueryError {
 public:
  /// `line`/`column` are 1-based, 0 when unknown.
  QuerySyntaxError(const std::string& message, int line, int column)
      : QueryError(message), line_(line), column_(column) {}
  /// 1-based line of the error, or 0.
  int Line() const { return line_; }
  /// 1-based column of the error, or 0 when the parser did not say.
  int Column() const { return column_; }

 private:
  int line_;
  int column_;
};

/// Valid SPARQL that this store refuses (Update, SERVICE, VALUES, ...).
class UnsupportedQueryError : public QueryError {
 public:
  using QueryError::QueryError;
};

/// The query was stopped: its deadline passed, it was cancelled, or it
/// needed more rows than its limit (QueryControl in query_control.h).
class QueryStoppedError : public QueryError {
 public:
  using QueryError::QueryError;
};

}  // namespace awardgraph::query

#endif  // AWARDGRAPH_QUERY_ERRORS_H_
