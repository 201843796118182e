// message.h — length-framed messages between the server and its child
// processes over a socket.
//
// Defines Message (a list of byte-string fields), WriteMessage() and
// ReadMessage(). A message on the wire is a 4-byte field count then, per
// field, an 8-byte length and the bytes (little-endian). ReadMessage waits
// at most until a deadline, so a parent can give up on a runaway worker.
//
// Example:
//   WriteMessage(fd, {"query", "ASK {}"});
//   std::optional<Message> reply = ReadMessage(fd, Clock::now() + std::chrono::seconds(5));
//   if (!reply) { /* timed out */ }
#ifndef AWARDGRAPH_SERVER_MESSAGE_H_
#define AWARDGRAPH_SERVER_MESSAGE_H_

#include <chrono>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace awardgraph::server {

/// A message: its fields in order.
using Message = std::vector<std::string>;

/// The clock deadlines are measured on.
using Clock = std::chrono::steady_clock;

/// The peer closed the socket or sent something that is not a message.
class ChannelError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// Writes `message` to `fd` completely. Throws ChannelError when the peer is gone.
void WriteMessage(int fd, const Message& message);

/// Reads one message from `fd`. Returns nullopt when `deadline` passes
/// first; throws ChannelError on end of file or a malformed frame.
std::optional<Message> ReadMessage(int fd, Clock::time_point deadline);

/// ReadMessage without a deadline.
Message ReadMessage(int fd);

}  // namespace awardgraph::server

#endif  // AWARDGRAPH_SERVER_MESSAGE_H_
