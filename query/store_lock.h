// store_lock.h — an advisory lock file guarding one store.
//
// Defines StoreLock: flock(2) on a lock file, exclusive for a writer and
// shared for readers, never waiting. Berkeley DB files are opened without an
// environment, so this lock is what keeps two writers (or a writer and a
// reader) from corrupting them. A writer records its pid in the file so the
// refused process can say who holds the store.
//
// Example:
//   StoreLock lock = StoreLock::Acquire("store/lock", StoreLock::Kind::kExclusive, "store");
//   // a second Acquire from another process throws StoreInUseError
#ifndef AWARDGRAPH_QUERY_STORE_LOCK_H_
#define AWARDGRAPH_QUERY_STORE_LOCK_H_

#include <string>

namespace awardgraph::query {

/// A held lock; released (and the pid cleared) when destroyed. Move-only.
class StoreLock {
 public:
  /// Exclusive for writers, shared for readers.
  enum class Kind { kShared, kExclusive };

  /// Takes the lock on `lock_path` without blocking. kExclusive creates the
  /// file if needed and writes this process's pid into it; kShared needs the
  /// file to exist. Throws StoreInUseError ("store NAME in use by process N")
  /// when another process holds a conflicting lock, StoreError otherwise.
  static StoreLock Acquire(const std::string& lock_path, Kind kind, const std::string& store_name);

  StoreLock(StoreLock&& other) noexcept;
  StoreLock& operator=(StoreLock&& other) noexcept;
  StoreLock(const StoreLock&) = delete;
  StoreLock& operator=(const StoreLock&) = delete;
  ~StoreLock();

 private:
  StoreLock(int fd, Kind kind) : fd_(fd), kind_(kind) {}
  void Release();

  int fd_ = -1;
  Kind kind_ = Kind::kShared;
};

}  // namespace awardgraph::query

#endif  // AWARDGRAPH_QUERY_STORE_LOCK_H_
