// message.cc — framing and deadline-bounded socket I/O for Message.
#include "server/message.h"

#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <cstring>

namespace awardgraph::server {
namespace {

constexpr std::uint32_t kMaxFields = 1024;
constexpr std::uint64_t kMaxFieldBytes = std::uint64_t{1} << 34;  // 16 GiB: a sanity bound

void AppendLittleEndian(std::string& out, std::uint64_t value, int bytes) {
  for (int i = 0; i < bytes; ++i) out.push_back(static_cast<char>((value >> (8 * i)) & 0xff));
}

std::uint64_t DecodeLittleEndian(const char* data, int bytes) {
  std::uint64_t value = 0;
  for (int i = 0; i < bytes; ++i) {
    value |= static_cast<std::uint64_t>(static_cast<unsigned char>(data[i])) << (8 * i);
  }
  return value;
}

// Reads exactly `size` bytes into `out`; false when the deadline passed.
bool ReadExactly(int fd, char* out, std::size_t size, const Clock::time_point* deadline) {
  std::size_t done = 0;
  while (done < size) {
    if (deadline != nullptr) {
      const auto left = std::chrono::ceil<std::chrono::milliseconds>(*deadline - Clock::now());
      if (left.count() <= 0) return false;
      pollfd poll_fd{fd, POLLIN, 0};
      const int ready =
          ::poll(&poll_fd, 1, static_cast<int>(std::min<long long>(left.count(), 1 << 30)));
      if (ready < 0 && errno == EINTR) continue;
      if (ready < 0) throw ChannelError(std::string("poll: ") + std::strerror(errno));
      if (ready == 0) return false;
    }
    const ssize_t got = ::read(fd, out + done, size - done);
    if (got < 0 && errno == EINTR) continue;
    if (got < 0) throw ChannelError(std::string("read: ") + std::strerror(errno));
    if (got == 0) throw ChannelError("the other process closed the channel");
    done += static_cast<std::size_t>(got);
  }
  return true;
}

std::optional<Message> Read(int fd, const Clock::time_point* deadline) {
  char header[8];
  if (!ReadExactly(fd, header, 4, deadline)) return std::nullopt;
  const std::uint64_t count = DecodeLittleEndian(header, 4);
  if (count > kMaxFields) throw ChannelError("malformed message: too many fields");
  Message message;
  message.reserve(count);
  for (std::uint64_t i = 0; i < count; ++i) {
    if (!ReadExactly(fd, header, 8, deadline)) return std::nullopt;
    const std::uint64_t size = DecodeLittleEndian(header, 8);
    if (size > kMaxFieldBytes) throw ChannelError("malformed message: field too large");
    std::string field(size, '\0');
    if (!ReadExactly(fd, field.data(), size, deadline)) return std::nullopt;
    message.push_back(std::move(field));
  }
  return message;
}

}  // namespace

void WriteMessage(int fd, const Message& message) {
  std::string frame;
  AppendLittleEndian(frame, message.size(), 4);
  for (const std::string& field : message) {
    AppendLittleEndian(frame, field.size(), 8);
    frame += field;
  }
  std::size_t done = 0;
  while (done < frame.size()) {
    const ssize_t sent = ::send(fd, frame.data() + done, frame.size() - done, MSG_NOSIGNAL);
    if (sent < 0 && errno == EINTR) continue;
    if (sent < 0) throw ChannelError(std::string("write: ") + std::strerror(errno));
    done += static_cast<std::size_t>(sent);
  }
}

std::optional<Message> ReadMessage(int fd, Clock::time_point deadline) {
  return Read(fd, &deadline);
}

Message ReadMessage(int fd) { return *Read(fd, nullptr); }

}  // namespace awardgraph::server
