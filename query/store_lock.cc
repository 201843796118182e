// store_lock.cc — StoreLock over flock(2).
#include "query/store_lock.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <utility>

#include "query/errors.h"

namespace awardgraph::query {
namespace {

// The pid recorded in the lock file, or 0.
long ReadHolderPid(int fd) {
  char buffer[32] = {};
  const ssize_t n = pread(fd, buffer, sizeof buffer - 1, 0);
  if (n <= 0) return 0;
  return std::strtol(buffer, nullptr, 10);
}

}  // namespace

StoreLock StoreLock::Acquire(const std::string& lock_path, Kind kind,
                             const std::string& store_name) {
  const bool exclusive = kind == Kind::kExclusive;
  const int fd = exclusive ? open(lock_path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644)
                           : open(lock_path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    throw StoreError("cannot open lock file " + lock_path + ": " + std::strerror(errno));
  }
  if (flock(fd, (exclusive ? LOCK_EX : LOCK_SH) | LOCK_NB) != 0) {
    const int error = errno;
    const long pid = ReadHolderPid(fd);
    close(fd);
    if (error == EWOULDBLOCK) {
      if (pid > 0) {
        throw StoreInUseError("store " + store_name + " in use by process " + std::to_string(pid) +
                                  " (it is writing; wait for it to finish)",
                              pid);
      }
      throw StoreInUseError(
          "store " + store_name + " in use by another process (reading); try again when it ends",
          0);
    }
    throw StoreError("cannot lock " + lock_path + ": " + std::strerror(error));
  }
  if (exclusive) {
    const std::string pid = std::to_string(getpid()) + "\n";
    if (ftruncate(fd, 0) != 0 || pwrite(fd, pid.data(), pid.size(), 0) < 0) {
      const int error = errno;
      close(fd);
      throw StoreError("cannot write lock file " + lock_path + ": " + std::strerror(error));
    }
  }
  return StoreLock(fd, kind);
}

StoreLock::StoreLock(StoreLock&& other) noexcept
    : fd_(std::exchange(other.fd_, -1)), kind_(other.kind_) {}

StoreLock& StoreLock::operator=(StoreLock&& other) noexcept {
  if (this != &other) {
    Release();
    fd_ = std::exchange(other.fd_, -1);
    kind_ = other.kind_;
  }
  return *this;
}

StoreLock::~StoreLock() { Release(); }

void StoreLock::Release() {
  if (fd_ < 0) return;
  if (kind_ == Kind::kExclusive) (void)ftruncate(fd_, 0);  // no stale pid left behind
  close(fd_);  // closing the last descriptor releases the flock
  fd_ = -1;
}

}  // namespace awardgraph::query
