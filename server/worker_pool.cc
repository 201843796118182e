// worker_pool.cc — spawning, handing out, killing and replacing child processes.
#include "server/worker_pool.h"

#include <signal.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <iostream>
#include <utility>

#include "query/errors.h"
#include "server/http_error.h"

extern char** environ;

namespace awardgraph::server {

std::unique_ptr<ChildProcess> ChildProcess::Spawn(const std::string& executable,
                                                  const std::string& store, bool writer,
                                                  std::chrono::milliseconds ready_timeout) {
  int fds[2];
  if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, fds) != 0) {
    throw query::StoreError(std::string("socketpair: ") + std::strerror(errno));
  }
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, fds[1], 3);
  // Nothing else of the server (listening socket, client connections) leaks in.
  posix_spawn_file_actions_addclosefrom_np(&actions, 4);
  posix_spawnattr_t attributes;
  posix_spawnattr_init(&attributes);
  sigset_t none;
  sigemptyset(&none);
  posix_spawnattr_setsigmask(&attributes, &none);
  posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETSIGMASK);
  std::vector<std::string> args = {"awardgraph", "serve", "--store", store, "--child-fd", "3"};
  if (writer) args.emplace_back("--child-writer");
  std::vector<char*> argv;
  for (std::string& arg : args) argv.push_back(arg.data());
  argv.push_back(nullptr);
  pid_t pid = 0;
  const int error =
      ::posix_spawn(&pid, executable.c_str(), &actions, &attributes, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  posix_spawnattr_destroy(&attributes);
  ::close(fds[1]);
  if (error != 0) {
    ::close(fds[0]);
    throw query::StoreError("cannot start a worker process (" + executable +
                            "): " + std::strerror(error));
  }
  std::unique_ptr<ChildProcess> child(new ChildProcess(pid, fds[0]));
  std::optional<Message> hello;
  try {
    hello = ReadMessage(child->fd_, Clock::now() + ready_timeout);
  } catch (const ChannelError&) {
    throw query::StoreError("a worker process exited before opening the store " + store);
  }
  if (!hello)
    throw query::StoreError("a worker process did not open the store " + store + " in time");
  if (hello->size() == 2 && (*hello)[0] == "error") {
    if ((*hello)[1].find("held by") != std::string::npos ||
        (*hello)[1].find("in use") != std::string::npos) {
      throw query::StoreInUseError((*hello)[1], 0);
    }
    throw query::StoreError((*hello)[1]);
  }
  if (hello->size() != 1 || (*hello)[0] != "ready") {
    throw query::StoreError("a worker process sent a malformed greeting");
  }
  return child;
}

ChildProcess::~ChildProcess() {
  if (fd_ >= 0) ::close(fd_);  // an idle child reads end of file and exits
  if (pid_ > 0) {
    int status = 0;
    while (::waitpid(pid_, &status, 0) < 0 && errno == EINTR) {
    }
  }
}

std::optional<Message> ChildProcess::Exchange(const Message& request,
                                              std::optional<Clock::time_point> deadline) {
  WriteMessage(fd_, request);
  if (deadline) return ReadMessage(fd_, *deadline);
  return ReadMessage(fd_);
}

void ChildProcess::Kill() {
  if (pid_ <= 0) return;
  ::kill(pid_, SIGKILL);
  int status = 0;
  while (::waitpid(pid_, &status, 0) < 0 && errno == EINTR) {
  }
  pid_ = -1;
}

namespace {
constexpr std::chrono::seconds kReadyTimeout{120};
}  // namespace

WorkerPool::WorkerPool(PoolConfig config) : config_(std::move(config)) {
  if (config_.workers == 0) config_.workers = 1;
  for (std::size_t i = 0; i < config_.workers; ++i) idle_.push_back(SpawnReader());
}

WorkerPool::~WorkerPool() {
  std::unique_lock lock(mutex_);
  changed_.wait(lock, [&] { return busy_ == 0 && !writing_; });
  idle_.clear();
}

std::unique_ptr<ChildProcess> WorkerPool::SpawnReader() {
  return ChildProcess::Spawn(config_.executable, config_.store, false, kReadyTimeout);
}

ChildReply WorkerPool::Read(const Message& request, std::chrono::milliseconds timeout) {
  std::unique_ptr<ChildProcess> worker;
  bool respawn = false;
  {
    std::unique_lock lock(mutex_);
    const bool ready = changed_.wait_for(
        lock, config_.queue_wait, [&] { return !writing_ && (!idle_.empty() || missing_ > 0); });
    if (!ready) {
      throw HttpError(503,
                      "the server is busy: no worker was free within " +
                          std::to_string(config_.queue_wait.count()) + " ms; try again later\n",
                      {{"Retry-After", "5"}});
    }
    if (!idle_.empty()) {
      worker = std::move(idle_.back());
      idle_.pop_back();
    } else {
      --missing_;
      respawn = true;
    }
    ++busy_;
  }
  // Whatever happens below, the slot goes back to the pool (with a worker or missing).
  struct Return {
    WorkerPool& pool;
    std::unique_ptr<ChildProcess>& worker;
    ~Return() {
      std::lock_guard lock(pool.mutex_);
      if (worker) {
        pool.idle_.push_back(std::move(worker));
      } else {
        ++pool.missing_;
      }
      --pool.busy_;
      pool.changed_.notify_all();
    }
  } give_back{*this, worker};
  if (respawn) {
    try {
      worker = SpawnReader();
    } catch (const std::exception& e) {
      throw HttpError(503, std::string("no query worker could be started: ") + e.what() + "\n");
    }
  }
  const Clock::time_point deadline = Clock::now() + timeout;
  std::optional<Message> reply;
  try {
    reply = worker->Exchange(request, deadline);
  } catch (const ChannelError&) {
    worker->Kill();
    worker.reset();
    {
      std::lock_guard lock(mutex_);
      ++restarts_;
    }
    try {
      worker = SpawnReader();
    } catch (const std::exception&) {
    }
    throw HttpError(500,
                    "the query worker died while answering this query (the engine "
                    "crashed); it has been replaced\n");
  }
  if (!reply) {
    worker->Kill();
    worker.reset();
    {
      std::lock_guard lock(mutex_);
      ++restarts_;
    }
    try {
      worker = SpawnReader();
    } catch (const std::exception&) {
    }
    throw HttpError(503, "the query was stopped after the server's timeout of " +
                             std::to_string(timeout.count()) +
                             " ms (--timeout); narrow it down, for example with LIMIT or more "
                             "specific patterns\n");
  }
  return ChildReply::FromMessage(*reply);
}

ChildReply WorkerPool::Write(const Message& request) {
  std::vector<std::unique_ptr<ChildProcess>> readers;
  std::size_t slots = 0;
  {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [&] { return !writing_; });
    writing_ = true;  // from here on no new read starts
    changed_.wait(lock, [&] { return busy_ == 0; });
    readers = std::move(idle_);
    idle_.clear();
    slots = readers.size() + missing_;
    missing_ = 0;
  }
  readers.clear();  // the readers exit and release their shared store locks
  struct Reopen {
    WorkerPool& pool;
    std::size_t slots;
    ~Reopen() {
      std::vector<std::unique_ptr<ChildProcess>> fresh;
      std::size_t missing = 0;
      for (std::size_t i = 0; i < slots; ++i) {
        try {
          fresh.push_back(pool.SpawnReader());
        } catch (const std::exception& e) {
          std::cerr << "awardgraph serve: cannot restart a worker: " << e.what() << "\n";
          ++missing;
        }
      }
      std::lock_guard lock(pool.mutex_);
      for (auto& child : fresh) pool.idle_.push_back(std::move(child));
      pool.missing_ += missing;
      pool.writing_ = false;
      pool.changed_.notify_all();
    }
  } reopen{*this, slots};
  std::unique_ptr<ChildProcess> writer;
  try {
    writer = ChildProcess::Spawn(config_.executable, config_.store, true, kReadyTimeout);
  } catch (const std::exception& e) {
    throw HttpError(503, std::string("the store cannot be opened for writing: ") + e.what() + "\n");
  }
  try {
    const std::optional<Message> reply = writer->Exchange(request, std::nullopt);
    return ChildReply::FromMessage(*reply);
  } catch (const ChannelError&) {
    writer->Kill();
    throw HttpError(500,
                    "the writer process died while ingesting; the store may hold part "
                    "of this request's articles\n");
  }
}

std::size_t WorkerPool::Restarts() const {
  std::lock_guard lock(mutex_);
  return restarts_;
}

std::size_t WorkerPool::Alive() const {
  std::lock_guard lock(mutex_);
  return idle_.size() + busy_;
}

}  // namespace awardgraph::server
