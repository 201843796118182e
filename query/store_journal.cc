// store_journal.cc — the write journal and state file (see store_journal.h).
#include "query/store_journal.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "ontology/vocabulary.h"
#include "query/errors.h"

namespace awardgraph::query {

namespace {

constexpr char kMagic[4] = {'A', 'G', 'J', '1'};
constexpr std::size_t kHeaderSize = 12;  // magic, length, checksum
// A record larger than this is treated as damage, not allocated.
constexpr std::uint32_t kMaxRecord = 1u << 30;

std::string ErrnoText() { return std::strerror(errno); }

void PutU32(std::string& out, std::uint32_t v) {
  for (int i = 0; i < 4; ++i) out.push_back(static_cast<char>((v >> (8 * i)) & 0xff));
}

std::uint32_t GetU32(const char* p) {
  std::uint32_t v = 0;
  for (int i = 3; i >= 0; --i) v = (v << 8) | static_cast<unsigned char>(p[i]);
  return v;
}

void PutString(std::string& out, const std::string& s) {
  PutU32(out, static_cast<std::uint32_t>(s.size()));
  out += s;
}

void PutTerm(std::string& out, const Term& t) {
  out.push_back(static_cast<char>(t.kind));
  PutString(out, t.value);
  PutString(out, t.datatype);
  PutString(out, t.language);
}

std::uint32_t Crc(const std::string& payload) {
  uLong crc = crc32(0L, Z_NULL, 0);
  return static_cast<std::uint32_t>(crc32(crc, reinterpret_cast<const Bytef*>(payload.data()),
                                          static_cast<uInt>(payload.size())));
}

std::string Encode(const std::vector<JournalOp>& ops) {
  std::string payload;
  PutU32(payload, static_cast<std::uint32_t>(ops.size()));
  for (const JournalOp& op : ops) {
    payload.push_back(static_cast<char>(op.kind));
    PutString(payload, op.graph_iri);
    PutU32(payload, static_cast<std::uint32_t>(op.triples.size()));
    for (const Triple& t : op.triples) {
      PutTerm(payload, t.subject);
      PutTerm(payload, t.predicate);
      PutTerm(payload, t.object);
    }
  }
  std::string record(kMagic, sizeof kMagic);
  PutU32(record, static_cast<std::uint32_t>(payload.size()));
  PutU32(record, Crc(payload));
  record += payload;
  return record;
}

// Reads a checksummed payload; false when it is malformed.
class Reader {
 public:
  explicit Reader(const std::string& data) : data_(data) {}
  bool U32(std::uint32_t& v) {
    if (data_.size() - pos_ < 4) return false;
    v = GetU32(data_.data() + pos_);
    pos_ += 4;
    return true;
  }
  bool Byte(std::uint8_t& b) {
    if (pos_ >= data_.size()) return false;
    b = static_cast<std::uint8_t>(data_[pos_++]);
    return true;
  }
  bool String(std::string& s) {
    std::uint32_t n = 0;
    if (!U32(n) || data_.size() - pos_ < n) return false;
    s.assign(data_, pos_, n);
    pos_ += n;
    return true;
  }
  bool TermOut(Term& t) {
    std::uint8_t kind = 0;
    if (!Byte(kind) || kind > static_cast<std::uint8_t>(Term::Kind::kLiteral)) return false;
    t.kind = static_cast<Term::Kind>(kind);
    return String(t.value) && String(t.datatype) && String(t.language);
  }
  bool AtEnd() const { return pos_ == data_.size(); }

 private:
  const std::string& data_;
  std::size_t pos_ = 0;
};

bool Decode(const std::string& payload, std::vector<JournalOp>& ops) {
  Reader r(payload);
  std::uint32_t count = 0;
  if (!r.U32(count)) return false;
  for (std::uint32_t i = 0; i < count; ++i) {
    JournalOp& op = ops.emplace_back();
    std::uint8_t kind = 0;
    std::uint32_t triples = 0;
    if (!r.Byte(kind) || kind < 1 || kind > 3 || !r.String(op.graph_iri) || !r.U32(triples)) {
      return false;
    }
    op.kind = static_cast<JournalOp::Kind>(kind);
    op.triples.resize(triples);
    for (Triple& t : op.triples) {
      if (!r.TermOut(t.subject) || !r.TermOut(t.predicate) || !r.TermOut(t.object)) return false;
    }
  }
  return r.AtEnd();
}

void FsyncDirectoryOf(const std::string& path) {
  std::string dir = std::filesystem::path(path).parent_path().string();
  if (dir.empty()) dir = ".";
  int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY);
  if (fd >= 0) {
    ::fsync(fd);
    ::close(fd);
  }
}

// Drops xsd:string from literals.
Term Normalized(Term term) {
  if (term.IsLiteral() && term.datatype == vocab::kXsdString) term.datatype.clear();
  return term;
}

}  // namespace

std::set<Triple> AssertedTriples(const JournalOp& op) {
  std::set<Triple> wanted;
  for (const Triple& t : op.triples) {
    if (op.kind == JournalOp::Kind::kReplaceGraph) {
      wanted.insert(Triple{Normalized(t.subject), Normalized(t.predicate), Normalized(t.object)});
    } else {
      wanted.insert(t);
    }
  }
  return wanted;
}

JournalScan ScanJournal(const std::string& path,
                        const std::function<void(const std::vector<JournalOp>&)>& on_record) {
  JournalScan scan;
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    if (!std::filesystem::exists(path)) return scan;
    throw StoreError("cannot read journal " + path);
  }
  in.seekg(0, std::ios::end);
  scan.file_length = static_cast<std::uint64_t>(in.tellg());
  in.seekg(0);
  std::string payload;
  while (scan.valid_length < scan.file_length) {
    char header[kHeaderSize];
    if (scan.file_length - scan.valid_length < kHeaderSize || !in.read(header, kHeaderSize)) {
      scan.damage = "incomplete record header";
      break;
    }
    if (std::memcmp(header, kMagic, sizeof kMagic) != 0) {
      scan.damage = "bad record marker";
      break;
    }
    const std::uint32_t size = GetU32(header + 4);
    const std::uint32_t crc = GetU32(header + 8);
    if (size > kMaxRecord || scan.file_length - scan.valid_length - kHeaderSize < size) {
      scan.damage = "incomplete record";
      break;
    }
    payload.resize(size);
    if (!in.read(payload.data(), size)) {
      scan.damage = "incomplete record";
      break;
    }
    if (Crc(payload) != crc) {
      scan.damage = "record checksum mismatch";
      break;
    }
    if (on_record) {
      std::vector<JournalOp> ops;
      if (!Decode(payload, ops)) {
        scan.damage = "malformed record";
        break;
      }
      on_record(ops);
    }
    scan.valid_length += kHeaderSize + size;
    ++scan.records;
  }
  if (!scan.damage.empty()) {
    scan.damage +=
        " at byte " + std::to_string(scan.valid_length) + " of " + std::to_string(scan.file_length);
  }
  return scan;
}

StoreJournal StoreJournal::OpenForAppend(const std::string& path) {
  const JournalScan scan = ScanJournal(path, nullptr);
  int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_CLOEXEC, 0644);
  if (fd < 0) throw StoreError("cannot open journal " + path + ": " + ErrnoText());
  if (scan.valid_length != scan.file_length) {
    if (::ftruncate(fd, static_cast<off_t>(scan.valid_length)) != 0 || ::fsync(fd) != 0) {
      const std::string why = ErrnoText();
      ::close(fd);
      throw StoreError("cannot cut the damaged end off journal " + path + ": " + why);
    }
  }
  if (::lseek(fd, static_cast<off_t>(scan.valid_length), SEEK_SET) < 0) {
    ::close(fd);
    throw StoreError("cannot seek in journal " + path);
  }
  if (scan.file_length == 0) FsyncDirectoryOf(path);  // a new file: make its name durable
  struct stat st {};
  ::fstat(fd, &st);
  return StoreJournal(fd, path, scan.valid_length, static_cast<std::uint64_t>(st.st_ino));
}

StoreJournal::StoreJournal(StoreJournal&& other) noexcept
    : fd_(other.fd_), path_(std::move(other.path_)), length_(other.length_), inode_(other.inode_) {
  other.fd_ = -1;
}

StoreJournal& StoreJournal::operator=(StoreJournal&& other) noexcept {
  if (this != &other) {
    if (fd_ >= 0) ::close(fd_);
    fd_ = other.fd_;
    path_ = std::move(other.path_);
    length_ = other.length_;
    inode_ = other.inode_;
    other.fd_ = -1;
  }
  return *this;
}

StoreJournal::~StoreJournal() {
  if (fd_ >= 0) ::close(fd_);
}

void StoreJournal::Append(const std::vector<JournalOp>& ops) {
  const std::string record = Encode(ops);
  std::size_t done = 0;
  while (done < record.size()) {
    ssize_t n = ::write(fd_, record.data() + done, record.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      const std::string why = ErrnoText();
      // Cut the partial record off so the next append starts clean.
      if (::ftruncate(fd_, static_cast<off_t>(length_)) == 0) {
        ::lseek(fd_, static_cast<off_t>(length_), SEEK_SET);
      }
      throw StoreError("cannot write journal " + path_ + ": " + why);
    }
    done += static_cast<std::size_t>(n);
  }
  if (::fdatasync(fd_) != 0) {
    throw StoreError("cannot sync journal " + path_ + ": " + ErrnoText());
  }
  length_ += record.size();
}

StoreState ReadStoreState(const std::string& path) {
  std::ifstream in(path);
  std::string word;
  StoreState state;
  if (in >> word && word == "clean" && in >> state.journal_length >> state.journal_inode) {
    state.clean = true;
  } else {
    state = StoreState::Dirty();
  }
  return state;
}

void WriteStoreState(const std::string& path, const StoreState& state) {
  std::ostringstream text;
  if (state.clean) {
    text << "clean " << state.journal_length << " " << state.journal_inode << "\n";
  } else {
    text << "dirty\n";
  }
  const std::string body = text.str();
  const std::string tmp = path + ".tmp";
  int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) throw StoreError("cannot write " + tmp + ": " + ErrnoText());
  const bool ok = ::write(fd, body.data(), body.size()) == static_cast<ssize_t>(body.size()) &&
                  ::fsync(fd) == 0;
  ::close(fd);
  if (!ok || ::rename(tmp.c_str(), path.c_str()) != 0) {
    throw StoreError("cannot write " + path + ": " + ErrnoText());
  }
  FsyncDirectoryOf(path);
}

bool IndexesNeedRebuild(const std::string& dir) {
  const std::filesystem::path d(dir);
  const std::string journal = (d / kStoreJournalFile).string();
  std::error_code ec;
  if (!std::filesystem::exists(journal, ec)) return false;
  const StoreState state = ReadStoreState((d / kStoreStateFile).string());
  const auto size = std::filesystem::file_size(journal, ec);
  return !state.clean || ec || size != state.journal_length ||
         FileInode(journal) != state.journal_inode;
}

std::uint64_t FileInode(const std::string& path) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) return 0;
  return static_cast<std::uint64_t>(st.st_ino);
}

}  // namespace awardgraph::query
