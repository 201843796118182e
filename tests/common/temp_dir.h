// temp_dir.h — a scratch directory and file helpers shared by the test suites.
//
// Defines TempDir (a new empty directory under GoogleTest's temp dir,
// deleted with its contents on destruction) and WriteFile.
//
// Example:
//   test_support::TempDir dir;
//   test_support::WriteFile(dir / "a.ttl", "<s> <p> <o> .");
#ifndef AWARDGRAPH_TESTS_COMMON_TEMP_DIR_H_
#define AWARDGRAPH_TESTS_COMMON_TEMP_DIR_H_

#include <gtest/gtest.h>
#include <stdlib.h>

#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string>
#include <system_error>

namespace awardgraph::test_support {

/// A new empty directory, deleted on destruction.
class TempDir {
 public:
  TempDir() {
    std::string pattern = ::testing::TempDir() + "awardgraph-XXXXXX";
    if (mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("mkdtemp failed");
    path_ = pattern;
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  /// The directory.
  const std::filesystem::path& path() const { return path_; }
  /// A path inside the directory.
  std::string operator/(const std::string& name) const { return (path_ / name).string(); }

 private:
  std::filesystem::path path_;
};

/// Writes `text` to `path`.
inline void WriteFile(const std::string& path, const std::string& text) {
  std::ofstream(path, std::ios::binary) << text;
}

}  // namespace awardgraph::test_support

#endif  // AWARDGRAPH_TESTS_COMMON_TEMP_DIR_H_
