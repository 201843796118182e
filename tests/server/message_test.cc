// message_test.cc — framing and deadlines of the parent–child channel.
#include "server/message.h"

#include <gtest/gtest.h>
#include <sys/socket.h>
#include <unistd.h>

#include <thread>

namespace awardgraph::server {
namespace {

struct SocketPair {
  int fds[2];
  SocketPair() { EXPECT_EQ(socketpair(AF_UNIX, SOCK_STREAM, 0, fds), 0); }
  ~SocketPair() {
    if (fds[0] >= 0) close(fds[0]);
    if (fds[1] >= 0) close(fds[1]);
  }
};

TEST(Message, RoundTripsEmptyBinaryAndLargeFields) {
  SocketPair pair;
  const Message sent = {"", std::string("a\0b", 3), std::string(3 << 20, 'x')};
  std::thread writer([&] { WriteMessage(pair.fds[0], sent); });
  const std::optional<Message> got =
      ReadMessage(pair.fds[1], Clock::now() + std::chrono::seconds(10));
  writer.join();
  ASSERT_TRUE(got);
  EXPECT_EQ(*got, sent);
}

TEST(Message, ReturnsNothingWhenTheDeadlinePasses) {
  SocketPair pair;
  const auto start = Clock::now();
  EXPECT_FALSE(ReadMessage(pair.fds[1], start + std::chrono::milliseconds(50)));
  EXPECT_GE(Clock::now() - start, std::chrono::milliseconds(50));
}

TEST(Message, ClosedPeerIsAChannelError) {
  SocketPair pair;
  close(pair.fds[0]);
  pair.fds[0] = -1;
  EXPECT_THROW(ReadMessage(pair.fds[1]), ChannelError);
  EXPECT_THROW(WriteMessage(pair.fds[1], {"x"}), ChannelError);
}

TEST(Message, GarbageIsAChannelError) {
  SocketPair pair;
  const char garbage[] = "\xff\xff\xff\xff";
  ASSERT_EQ(write(pair.fds[0], garbage, 4), 4);
  EXPECT_THROW(ReadMessage(pair.fds[1]), ChannelError);
}

}  // namespace
}  // namespace awardgraph::server
