// worker_pool.h — the server's child processes, seen from the parent.
//
// Defines ChildProcess (one child of this binary on a socket pair, started
// with posix_spawn so no thread state is copied; killed and reaped by RAII)
// and WorkerPool: N read-only query workers, handed out one request at a
// time. A request that passes its deadline gets its worker killed (Rasqal
// cannot be cancelled) and replaced by a fresh one, and is answered 503; a
// worker that crashes is replaced too and the request answered 500. Writes
// go through a readers–writer gate with writer preference: new reads wait,
// running reads finish, the readers exit (releasing their shared store
// lock), one writer child ingests, and fresh readers see the new data.
//
// Example:
//   WorkerPool pool({.executable = "/proc/self/exe", .store = "news-store", .workers = 4});
//   ChildReply r = pool.Read({"query", "ASK {}", "0", "0"}, std::chrono::seconds(30));
#ifndef AWARDGRAPH_SERVER_WORKER_POOL_H_
#define AWARDGRAPH_SERVER_WORKER_POOL_H_

#include <sys/types.h>

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "server/child.h"
#include "server/message.h"

namespace awardgraph::server {

/// One child process and the parent's end of its socket.
class ChildProcess {
 public:
  /// Starts `executable serve --store STORE --child-fd 3 [--child-writer]`
  /// and waits (up to `ready_timeout`) for it to open the store. Throws
  /// query::StoreError with the child's message when it cannot.
  static std::unique_ptr<ChildProcess> Spawn(const std::string& executable,
                                             const std::string& store, bool writer,
                                             std::chrono::milliseconds ready_timeout);
  ~ChildProcess();
  ChildProcess(const ChildProcess&) = delete;
  ChildProcess& operator=(const ChildProcess&) = delete;

  /// Sends `request` and waits for the reply until `deadline` (forever when
  /// nullopt). nullopt when the deadline passed; ChannelError when the
  /// child died.
  std::optional<Message> Exchange(const Message& request,
                                  std::optional<Clock::time_point> deadline);
  /// Kills the child at once (SIGKILL) and reaps it.
  void Kill();
  /// The child's process id.
  pid_t Pid() const { return pid_; }

 private:
  ChildProcess(pid_t pid, int fd) : pid_(pid), fd_(fd) {}
  pid_t pid_;
  int fd_;
};

/// How the pool starts its children.
struct PoolConfig {
  /// This binary (children run `serve --child-fd`).
  std::string executable;
  /// The store name.
  std::string store;
  /// Number of query workers (>= 1).
  std::size_t workers = 2;
  /// How long a request may wait for a free worker (503 after that).
  std::chrono::milliseconds queue_wait{60000};
};

/// N query workers and a readers–writer gate for writes.
class WorkerPool {
 public:
  /// Starts the workers; throws query::StoreError when the store cannot be opened.
  explicit WorkerPool(PoolConfig config);
  ~WorkerPool();

  /// Runs a read request on a free worker. Throws HttpError 503 when no
  /// worker is free within the queue wait, or the answer is not back within
  /// `timeout` of the worker taking it (the worker is then killed and
  /// replaced); 500 when the worker died.
  ChildReply Read(const Message& request, std::chrono::milliseconds timeout);

  /// Runs a write request in a writer child once no read is running (no
  /// timeout: a write is never killed half-way). Throws HttpError 503 when
  /// the store cannot be opened for writing.
  ChildReply Write(const Message& request);

  /// Workers killed and replaced so far (timeouts and crashes).
  std::size_t Restarts() const;
  /// Workers currently alive (idle or busy).
  std::size_t Alive() const;

 private:
  std::unique_ptr<ChildProcess> SpawnReader();

  PoolConfig config_;
  mutable std::mutex mutex_;
  std::condition_variable changed_;
  std::vector<std::unique_ptr<ChildProcess>> idle_;
  std::size_t busy_ = 0;
  std::size_t missing_ = 0;  // slots whose worker could not be restarted
  std::size_t restarts_ = 0;
  bool writing_ = false;
};

}  // namespace awardgraph::server

#endif  // AWARDGRAPH_SERVER_WORKER_POOL_H_
