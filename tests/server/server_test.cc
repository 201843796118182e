// server_test.cc — `awardgraph serve` end to end over real HTTP: the built
// binary on a free port, a store of the sample articles.
#include "server/server.h"

#include <gtest/gtest.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <future>
#include <mutex>
#include <thread>

#include "tests/server/server_process.h"

namespace awardgraph::server {
namespace {

using testing::Lines;
using testing::ReadQueryFile;
using testing::RunAwardgraph;
using testing::SampleStore;
using testing::ServerProcess;

const std::vector<std::string> kAnalystQueries = {"q1.rq", "q2.rq", "q3.rq", "q4.rq",
                                                  "q5.rq", "q6.rq", "q7.rq"};
constexpr char kRunaway[] =
    "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";

std::string Encoded(const std::string& text) { return httplib::detail::encode_query_param(text); }

class ServeTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    server_ = new ServerProcess({"--store", SampleStore::Path(), "--workers", "2", "--timeout",
                                 "60", "--max-body", "100000"});
    ASSERT_GT(server_->Port(), 0) << server_->Log();
  }
  static void TearDownTestSuite() {
    delete server_;
    server_ = nullptr;
  }
  static httplib::Client Client() { return server_->Client(); }
  static httplib::Result Select(const std::string& query, const std::string& accept) {
    return Client().Get("/sparql?query=" + Encoded(query), {{"Accept", accept}});
  }
  static ServerProcess* server_;
};
ServerProcess* ServeTest::server_ = nullptr;

TEST_F(ServeTest, AnalystQueriesAnswerExactlyAsTheCli) {
  for (const std::string& name : kAnalystQueries) {
    const std::string query = ReadQueryFile(name);
    const auto [code, cli] =
        RunAwardgraph({"query", "--store", SampleStore::Path(), "--format", "tsv", query});
    ASSERT_EQ(code, 0) << name;
    const auto response = Select(query, "text/tab-separated-values");
    ASSERT_TRUE(response) << name;
    EXPECT_EQ(response->status, 200) << name;
    EXPECT_EQ(response->get_header_value("Content-Type"),
              "text/tab-separated-values; charset=utf-8");
    EXPECT_EQ(response->body, cli) << name;
  }
}

TEST_F(ServeTest, GetPostFormAndPostQueryGiveTheSameAnswer) {
  const std::string query = ReadQueryFile("q1.rq");
  const auto get = Select(query, "text/csv");
  const auto form = Client().Post("/sparql", {{"Accept", "text/csv"}}, "query=" + Encoded(query),
                                  "application/x-www-form-urlencoded");
  const auto direct =
      Client().Post("/sparql", {{"Accept", "text/csv"}}, query, "application/sparql-query");
  ASSERT_TRUE(get && form && direct);
  EXPECT_EQ(get->status, 200);
  EXPECT_GT(Lines(get->body).size(), 1u);
  EXPECT_EQ(form->body, get->body);
  EXPECT_EQ(direct->body, get->body);
}

TEST_F(ServeTest, NegotiatesEveryFormat) {
  const std::string select = "SELECT ?s WHERE { ?s a ?c } LIMIT 2";
  const std::string construct = "CONSTRUCT { ?s a ?c } WHERE { ?s a ?c } LIMIT 2";
  const std::vector<std::tuple<std::string, std::string, std::string>> cases = {
      {select, "", "application/sparql-results+json"},
      {select, "application/sparql-results+xml", "application/sparql-results+xml"},
      {select, "text/csv;q=0.4, text/tab-separated-values;q=0.8", "text/tab-separated-values"},
      {select, "text/*", "text/csv"},
      {construct, "*/*", "text/turtle"},
      {construct, "application/n-triples", "application/n-triples"},
      {construct, "application/rdf+xml", "application/rdf+xml"},
  };
  for (const auto& [query, accept, type] : cases) {
    const auto response = Select(query, accept);
    ASSERT_TRUE(response);
    EXPECT_EQ(response->status, 200) << accept;
    EXPECT_EQ(response->get_header_value("Content-Type"), type + "; charset=utf-8") << accept;
  }
  const auto format =
      Client().Get("/sparql?format=csv&query=" + Encoded(select), {{"Accept", "text/turtle"}});
  ASSERT_TRUE(format);
  EXPECT_EQ(format->get_header_value("Content-Type"), "text/csv; charset=utf-8");
  const auto refused = Select(select, "text/turtle");
  ASSERT_TRUE(refused);
  EXPECT_EQ(refused->status, 406);
  const auto ask = Select("ASK { ?s ?p ?o }", "application/sparql-results+json");
  ASSERT_TRUE(ask);
  EXPECT_NE(ask->body.find("\"boolean\":true"), std::string::npos);
}

TEST_F(ServeTest, ErrorsCarryStatusAndReadableMessages) {
  const auto syntax = Select("SELECT ?s WHERE {\n  ?s ?p\n}", "");
  ASSERT_TRUE(syntax);
  EXPECT_EQ(syntax->status, 400);
  EXPECT_NE(syntax->body.find("query syntax error at line"), std::string::npos);
  EXPECT_NE(syntax->body.find('^'), std::string::npos);
  const auto values = Select("SELECT * WHERE { SERVICE <http://a/> { ?s ?p ?o } }", "");
  ASSERT_TRUE(values);
  EXPECT_EQ(values->status, 400);
  EXPECT_NE(values->body.find("SERVICE is refused"), std::string::npos);
  for (const std::string& query :
       {std::string("SELECT * WHERE { SERVICE <http://127.0.0.1:1/> { ?s ?p ?o } }"),
        std::string("SELECT * WHERE { <file:///etc/passwd> ?p ?o }"),
        std::string("LOAD <file:///etc/passwd>")}) {
    const auto response = Select(query, "");
    ASSERT_TRUE(response);
    EXPECT_EQ(response->status, 400) << query;
  }
  const auto dataset =
      Client().Get("/sparql?query=ASK%7B%7D&default-graph-uri=" + Encoded("http://a/"));
  ASSERT_TRUE(dataset);
  EXPECT_EQ(dataset->status, 400);
  EXPECT_NE(dataset->body.find("GRAPH <iri>"), std::string::npos);
  const auto missing = Client().Get("/sparql?format=json");
  ASSERT_TRUE(missing);
  EXPECT_EQ(missing->status, 400);
  const auto put = Client().Put("/sparql", "ASK {}", "application/sparql-query");
  ASSERT_TRUE(put);
  EXPECT_EQ(put->status, 405);
  EXPECT_EQ(put->get_header_value("Allow"), "GET, POST, OPTIONS");
  const auto plain = Client().Post("/sparql", "ASK {}", "text/plain");
  ASSERT_TRUE(plain);
  EXPECT_EQ(plain->status, 415);
  const auto big =
      Client().Post("/sparql", "ASK {}" + std::string(200000, ' '), "application/sparql-query");
  ASSERT_TRUE(big);
  EXPECT_EQ(big->status, 413);
  const auto nowhere = Client().Get("/nowhere");
  ASSERT_TRUE(nowhere);
  EXPECT_EQ(nowhere->status, 404);
}

TEST(Serve, ARunawayQueryIs503AndDoesNotHoldUpOthers) {
  ServerProcess server({"--store", SampleStore::Path(), "--workers", "2", "--timeout", "2"});
  ASSERT_GT(server.Port(), 0);
  const auto Client = [&] { return server.Client(); };
  const auto Select = [&](const std::string& query, const std::string& accept) {
    return server.Client().Get("/sparql?query=" + Encoded(query), {{"Accept", accept}});
  };
  auto runaway = std::async(std::launch::async, [&] { return Select(kRunaway, ""); });
  std::this_thread::sleep_for(std::chrono::milliseconds(200));
  const auto start = std::chrono::steady_clock::now();
  for (int i = 0; i < 5; ++i) {
    const auto quick = Select("ASK { ?s ?p ?o }", "");
    ASSERT_TRUE(quick);
    EXPECT_EQ(quick->status, 200);
  }
  // Five quick queries ran on the other worker while the runaway held one.
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::milliseconds(2500));
  const auto stopped = runaway.get();
  ASSERT_TRUE(stopped);
  EXPECT_EQ(stopped->status, 503);
  EXPECT_NE(stopped->body.find("timeout"), std::string::npos);
  const auto health = Client().Get("/health");
  ASSERT_TRUE(health);
  EXPECT_EQ(health->status, 200);
  EXPECT_NE(health->body.find("\"workers\":2"), std::string::npos);
  EXPECT_NE(health->body.find("\"restarts\":1"), std::string::npos);
}

TEST(Serve, ThirtyTwoConcurrentClientsGetCorrectAnswers) {
  // q7 takes over a second on its own here; the other six keep the test short.
  const std::vector<std::string> queries(kAnalystQueries.begin(), kAnalystQueries.end() - 1);
  ServerProcess server(
      {"--store", SampleStore::Path(), "--workers", "4", "--timeout", "120", "--quiet"});
  ASSERT_GT(server.Port(), 0);
  const auto Select = [&](const std::string& query, const std::string& accept) {
    return server.Client().Get("/sparql?query=" + Encoded(query), {{"Accept", accept}});
  };
  std::map<std::string, std::string> expected;
  for (const std::string& name : queries) {
    const auto response = Select(ReadQueryFile(name), "text/csv");
    ASSERT_TRUE(response && response->status == 200);
    expected[name] = response->body;
  }
  std::atomic<int> wrong{0};
  std::mutex mutex;
  std::string first_wrong;
  std::vector<std::thread> clients;
  for (int c = 0; c < 32; ++c) {
    clients.emplace_back([&, c] {
      for (int i = 0; i < 2; ++i) {
        const std::string& name = queries[(c + i) % queries.size()];
        const auto response = Select(ReadQueryFile(name), "text/csv");
        if (!response || response->status != 200 || response->body != expected[name]) {
          ++wrong;
          std::lock_guard lock(mutex);
          if (first_wrong.empty()) {
            first_wrong = response ? std::to_string(response->status) + " " + response->body
                                   : "no response: " + httplib::to_string(response.error());
          }
        }
      }
    });
  }
  for (std::thread& client : clients) client.join();
  EXPECT_EQ(wrong.load(), 0) << first_wrong;
}

TEST_F(ServeTest, CorsHealthAndServiceDescription) {
  const auto query = Select("ASK {}", "");
  ASSERT_TRUE(query);
  EXPECT_EQ(query->get_header_value("Access-Control-Allow-Origin"), "*");
  const auto preflight = Client().Options("/sparql");
  ASSERT_TRUE(preflight);
  EXPECT_EQ(preflight->status, 204);
  EXPECT_NE(preflight->get_header_value("Access-Control-Allow-Methods").find("POST"),
            std::string::npos);
  const auto health = Client().Get("/health");
  ASSERT_TRUE(health);
  EXPECT_EQ(health->get_header_value("Content-Type"), "application/json; charset=utf-8");
  EXPECT_NE(health->body.find("\"status\":\"ok\""), std::string::npos);
  const auto description = Client().Get("/sparql");
  ASSERT_TRUE(description);
  EXPECT_EQ(description->status, 200);
  EXPECT_EQ(description->get_header_value("Content-Type"), "text/turtle; charset=utf-8");
  EXPECT_NE(description->body.find("sparql-service-description#endpoint> <http://127.0.0.1:" +
                                   std::to_string(server_->Port()) + "/sparql>"),
            std::string::npos);
}

TEST_F(ServeTest, ServesTheQueryPageAndExamples) {
  const auto page = Client().Get("/");
  ASSERT_TRUE(page);
  EXPECT_EQ(page->status, 200);
  EXPECT_EQ(page->get_header_value("Content-Type"), "text/html; charset=utf-8");
  EXPECT_NE(page->body.find("<textarea"), std::string::npos);
  const auto script = Client().Get("/assets/app.js");
  ASSERT_TRUE(script);
  EXPECT_EQ(script->status, 200);
  const auto resource = Client().Get("/resource?iri=" + Encoded("https://w3id.org/x"));
  ASSERT_TRUE(resource);
  EXPECT_NE(resource->body.find("resource.js"), std::string::npos);
  const auto examples = Client().Get("/examples");
  ASSERT_TRUE(examples);
  EXPECT_NE(examples->body.find("\"name\":\"q7.rq\""), std::string::npos);
  EXPECT_NE(examples->body.find("Organisations ranked by awards won"), std::string::npos);
}

TEST_F(ServeTest, SurvivesGarbageOnTheSocket) {
  for (const std::string& garbage :
       {std::string("\x16\x03\x01\x02\x00garbage\r\n\r\n"), std::string("GET /sparql?query=%"),
        std::string("POST /sparql HTTP/1.1\r\nContent-Length: 99999999999\r\n\r\n"),
        std::string("GET / HTTP/1.1\r\nHost: x\r\n" + std::string(20000, 'a') + "\r\n\r\n")}) {
    const int fd = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(static_cast<uint16_t>(server_->Port()));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    ASSERT_EQ(connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address), 0);
    ASSERT_GT(send(fd, garbage.data(), garbage.size(), MSG_NOSIGNAL), 0);
    shutdown(fd, SHUT_WR);
    char buffer[256];
    while (recv(fd, buffer, sizeof buffer, 0) > 0) {
    }
    close(fd);
  }
  const auto health = Client().Get("/health");
  ASSERT_TRUE(health);
  EXPECT_EQ(health->status, 200);
}

TEST_F(ServeTest, LogsOneLinePerRequest) {
  const auto response = Select("SELECT ?s WHERE { ?s a ?c } LIMIT 3", "text/csv");
  ASSERT_TRUE(response);
  std::this_thread::sleep_for(std::chrono::milliseconds(100));
  const std::vector<std::string> lines = Lines(server_->Log());
  ASSERT_FALSE(lines.empty());
  // "TIME CLIENT METHOD PATH STATUS MSms rows=N"
  EXPECT_NE(lines.back().find(" 127.0.0.1 GET /sparql 200 "), std::string::npos) << lines.back();
  EXPECT_NE(lines.back().find("ms rows=3"), std::string::npos) << lines.back();
}

TEST(Serve, MaxRowsCutIsAnnounced) {
  ServerProcess server(
      {"--store", SampleStore::Path(), "--workers", "1", "--max-rows", "2", "--quiet"});
  ASSERT_GT(server.Port(), 0);
  const std::string query = Encoded("SELECT ?s WHERE { ?s ?p ?o }");
  const auto csv = server.Client().Get("/sparql?format=csv&query=" + query);
  ASSERT_TRUE(csv);
  EXPECT_EQ(csv->status, 200);
  EXPECT_EQ(csv->get_header_value("X-Awardgraph-Truncated"), "max-rows=2");
  EXPECT_EQ(Lines(csv->body).size(), 3u);  // header + 2 rows
  const auto json = server.Client().Get("/sparql?format=json&query=" + query);
  ASSERT_TRUE(json);
  EXPECT_NE(json->body.find("\"note\":\"result cut at 2 rows"), std::string::npos);
  const auto small = server.Client().Get("/sparql?format=csv&query=" + Encoded("ASK {}"));
  ASSERT_TRUE(small);
  EXPECT_FALSE(small->has_header("X-Awardgraph-Truncated"));
  EXPECT_EQ(server.Stop(), 0);
  EXPECT_EQ(server.Log().find("GET /sparql"), std::string::npos);  // --quiet
}

TEST(Serve, SigtermLetsTheQueryInFlightFinishThenExitsZero) {
  ServerProcess server({"--store", SampleStore::Path(), "--workers", "1", "--timeout", "60"});
  ASSERT_GT(server.Port(), 0);
  auto slow = std::async(std::launch::async, [&] {
    return server.Client().Get("/sparql?format=csv&query=" +
                               Encoded("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f }"));
  });
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  server.Terminate();
  const auto response = slow.get();
  ASSERT_TRUE(response);
  EXPECT_EQ(response->status, 200);
  EXPECT_GT(std::stol(Lines(response->body).at(1)), 0);
  EXPECT_EQ(server.Stop(), 0);
}

TEST(Serve, MissingStoreFailsAtStartWithTheReason) {
  test_support::TempDir dir;
  ServerProcess server({"--store", dir / "none"});
  EXPECT_EQ(server.Port(), 0);
  EXPECT_EQ(server.Stop(), 1);
  EXPECT_NE(server.Log().find("none"), std::string::npos);
}

TEST(Serve, ArticlesNeedTheTokenAndIngestLikeTheCli) {
  test_support::TempDir dir;
  const std::string store = dir / "store";
  ASSERT_EQ(RunAwardgraph({"ingest", "--store", store, "--no-progress",
                           std::string(AWARDGRAPH_SAMPLES_DIR) + "/000_2f00740271afb407.txt"})
                .first,
            0);
  const std::string article = testing::ReadWholeFile(std::string(AWARDGRAPH_SAMPLES_DIR) +
                                                     "/101_norfolk_waveney_icb_shortlist.txt");
  {
    ServerProcess read_only({"--store", store, "--workers", "1", "--quiet"});
    const auto refused = read_only.Client().Post("/articles?source=a.txt", article, "text/plain");
    ASSERT_TRUE(refused);
    EXPECT_EQ(refused->status, 403);
  }
  ServerProcess server({"--store", store, "--workers", "2", "--quiet", "--write-token", "s3cret"});
  ASSERT_GT(server.Port(), 0);
  httplib::Client client = server.Client();
  const auto no_token = client.Post("/articles?source=a.txt", article, "text/plain");
  ASSERT_TRUE(no_token);
  EXPECT_EQ(no_token->status, 401);
  const auto wrong = client.Post("/articles?source=a.txt", {{"Authorization", "Bearer s3cre"}},
                                 article, "text/plain");
  ASSERT_TRUE(wrong);
  EXPECT_EQ(wrong->status, 401);
  const httplib::Headers auth = {{"Authorization", "Bearer s3cret"}};
  const auto no_source = client.Post("/articles", auth, article, "text/plain");
  ASSERT_TRUE(no_source);
  EXPECT_EQ(no_source->status, 400);
  const auto bad_type = client.Post("/articles?source=a.pdf", auth, article, "application/pdf");
  ASSERT_TRUE(bad_type);
  EXPECT_EQ(bad_type->status, 415);
  const auto empty = client.Post("/articles?source=e.txt", auth, "", "text/plain");
  ASSERT_TRUE(empty);
  EXPECT_EQ(empty->status, 400);

  const std::string count =
      "/sparql?format=csv&query=" + Encoded(
                                        "SELECT (COUNT(*) AS ?n) WHERE { ?a a "
                                        "<https://w3id.org/awardgraph/ontology#Article> }");
  EXPECT_EQ(Lines(client.Get(count)->body).at(1), "1");
  const auto written = client.Post("/articles?source=norfolk.txt", auth, article, "text/plain");
  ASSERT_TRUE(written);
  EXPECT_EQ(written->status, 200) << written->body;
  EXPECT_NE(written->body.find("\"articles\":1,\"written\":1"), std::string::npos) << written->body;
  EXPECT_EQ(Lines(client.Get(count)->body).at(1), "2");  // the fresh workers see it
  const auto again = client.Post("/articles?source=norfolk.txt", auth, article, "text/plain");
  ASSERT_TRUE(again);
  EXPECT_NE(again->body.find("\"written\":0,\"unchanged\":1"), std::string::npos);
  EXPECT_EQ(server.Stop(), 0);

  // `awardgraph ingest` of the same two articles stores as many triples.
  const std::string all = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }";
  const std::string served =
      RunAwardgraph({"query", "--store", store, "--format", "csv", all}).second;
  const std::string copy = dir / "norfolk.txt";
  test_support::WriteFile(copy, article);
  ASSERT_EQ(RunAwardgraph({"ingest", "--store", dir / "cli-store", "--no-progress",
                           std::string(AWARDGRAPH_SAMPLES_DIR) + "/000_2f00740271afb407.txt", copy})
                .first,
            0);
  EXPECT_EQ(RunAwardgraph({"query", "--store", dir / "cli-store", "--format", "csv", all}).second,
            served);
}

TEST(TokenMatches, ComparesWholeTokens) {
  EXPECT_TRUE(TokenMatches("abc", "abc"));
  EXPECT_FALSE(TokenMatches("abd", "abc"));
  EXPECT_FALSE(TokenMatches("ab", "abc"));
  EXPECT_FALSE(TokenMatches("", ""));
}

TEST(BearerToken, TakesTheTokenAfterTheScheme) {
  EXPECT_EQ(BearerToken("Bearer abc"), "abc");
  EXPECT_EQ(BearerToken("bearer  abc "), "abc");
  EXPECT_EQ(BearerToken("Basic abc"), "");
  EXPECT_EQ(BearerToken(""), "");
}

}  // namespace
}  // namespace awardgraph::server
