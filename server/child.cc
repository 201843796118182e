// child.cc — the server's child processes: read-only query workers and the writer.
#include "server/child.h"

#include <sys/prctl.h>
#include <unistd.h>

#include <csignal>
#include <exception>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "loaders/read/document_reader.h"
#include "ontology/vocabulary.h"
#include "query/errors.h"

namespace awardgraph::server {
namespace {

using query::ResultFormat;

std::size_t ParseSize(const std::string& text) {
  try {
    return static_cast<std::size_t>(std::stoull(text));
  } catch (const std::exception&) {
    return 0;
  }
}

ChildReply TextReply(int status, std::string message) {
  ChildReply reply;
  reply.status = status;
  reply.content_type = "text/plain; charset=utf-8";
  reply.body = std::move(message);
  if (!reply.body.empty() && reply.body.back() != '\n') reply.body += '\n';
  return reply;
}

ChildReply ServiceReply(const std::string& endpoint) {
  std::ostringstream out;
  query::WriteResult(query::QueryResult::Graph(ServiceDescription(endpoint)), ResultFormat::kTurtle,
                     out);
  ChildReply reply;
  reply.content_type = "text/turtle; charset=utf-8";
  reply.body = out.str();
  return reply;
}

ChildReply IngestReply(query::Store& store, const Message& request) {
  // {"ingest", source, kind, body, jobs}
  const std::string& source = request[1];
  const std::string& kind = request[2];
  const std::string& body = request[3];
  loaders::InputFormat format = loaders::InputFormat::kText;
  if (kind == "html") {
    format = loaders::InputFormat::kHtml;
  } else if (kind == "jsonl") {
    format = loaders::InputFormat::kJsonl;
  }
  const loaders::ReadResult read = loaders::ReadBuffer(body, source, format);
  if (read.documents.empty()) {
    std::string reasons;
    for (const loaders::SkippedInput& skip : read.skipped) {
      reasons += "  " + skip.source + ": " + skip.reason + "\n";
    }
    return TextReply(400, "nothing to ingest in the request body:\n" + reasons);
  }
  ingest::IngestOptions options;
  options.jobs = static_cast<unsigned>(std::max<std::size_t>(1, ParseSize(request[4])));
  ingest::IngestReport report = ingest::IngestDocuments(read.documents, options, store, nullptr);
  report.skipped.insert(report.skipped.end(), read.skipped.begin(), read.skipped.end());
  ChildReply reply;
  reply.content_type = "application/json; charset=utf-8";
  reply.body = IngestReportJson(report);
  reply.rows = report.written;
  return reply;
}

ChildReply Handle(query::Store* store, const Message& request) {
  if (request.size() == 4 && request[0] == "query" && store != nullptr) {
    const auto format = static_cast<ResultFormat>(ParseSize(request[2]));
    return AnswerQuery(*store, request[1], format, ParseSize(request[3]));
  }
  if (request.size() == 2 && request[0] == "service") return ServiceReply(request[1]);
  if (request.size() == 5 && request[0] == "ingest" && store != nullptr) {
    return IngestReply(*store, request);
  }
  return TextReply(500, "internal error: unknown request to a server child process");
}

}  // namespace

Message ChildReply::ToMessage() const {
  return {std::to_string(status), content_type, body, std::to_string(rows), truncated ? "1" : "0"};
}

ChildReply ChildReply::FromMessage(const Message& message) {
  if (message.size() != 5) throw ChannelError("malformed reply from a server child process");
  ChildReply reply;
  reply.status = static_cast<int>(ParseSize(message[0]));
  reply.content_type = message[1];
  reply.body = message[2];
  reply.rows = ParseSize(message[3]);
  reply.truncated = message[4] == "1";
  return reply;
}

bool TruncateResult(query::QueryResult& result, std::size_t max_rows) {
  if (max_rows == 0) return false;
  if (result.kind == query::QueryResult::Kind::kBindings && result.rows.size() > max_rows) {
    result.rows.resize(max_rows);
    return true;
  }
  if (result.kind == query::QueryResult::Kind::kGraph && result.triples.size() > max_rows) {
    result.triples.resize(max_rows);
    return true;
  }
  return false;
}

std::string AddTruncationNote(std::string body, ResultFormat format, std::size_t max_rows) {
  const std::string note = "result cut at " + std::to_string(max_rows) +
                           " rows by the server's --max-rows limit; more rows match";
  switch (format) {
    case ResultFormat::kJson: {
      const std::size_t brace = body.find('{');
      if (brace != std::string::npos) {
        body.insert(brace + 1, "\"note\":" + nlohmann::json(note).dump() + ",");
      }
      return body;
    }
    case ResultFormat::kXml:
    case ResultFormat::kRdfxml: {
      std::size_t at = 0;
      if (body.starts_with("<?xml")) {
        const std::size_t end = body.find("?>");
        if (end != std::string::npos) at = end + 2;
      }
      body.insert(at, "\n<!-- " + note + " -->\n");
      return body;
    }
    case ResultFormat::kTurtle:
    case ResultFormat::kNtriples:
      return "# " + note + "\n" + body;
    default:
      return body;
  }
}

ChildReply AnswerQuery(const query::Store& store, std::string_view text, ResultFormat format,
                       std::size_t max_rows) {
  try {
    // The one call into the query engine, the same as `awardgraph query`.
    query::QueryResult result = store.Query(text);
    ChildReply reply;
    reply.truncated = TruncateResult(result, max_rows);
    std::ostringstream out;
    query::WriteResult(result, format, out);
    reply.body = out.str();
    if (reply.truncated) reply.body = AddTruncationNote(std::move(reply.body), format, max_rows);
    reply.rows = result.kind == query::QueryResult::Kind::kBindings ? result.rows.size()
                 : result.kind == query::QueryResult::Kind::kGraph  ? result.triples.size()
                                                                    : 1;
    return reply;
  } catch (const query::QueryError& e) {
    return TextReply(400, e.what());
  } catch (const std::exception& e) {
    return TextReply(500, std::string("the query failed: ") + e.what());
  }
}

std::vector<Triple> ServiceDescription(std::string_view endpoint_iri) {
  const Term service = Term::Blank("service");
  const auto iri = [](std::string_view value) { return Term::Iri(value); };
  std::vector<Triple> triples = {
      {service, iri(vocab::kRdfType), iri(vocab::kSdService)},
      {service, iri(vocab::kSdEndpoint), iri(endpoint_iri)},
      {service, iri(vocab::kSdSupportedLanguage), iri(vocab::kSdSparql11Query)},
      {service, iri(vocab::kSdFeature), iri(vocab::kSdUnionDefaultGraph)},
  };
  for (std::string_view format :
       {vocab::kFormatSparqlJson, vocab::kFormatSparqlXml, vocab::kFormatSparqlCsv,
        vocab::kFormatSparqlTsv, vocab::kFormatTurtle, vocab::kFormatNTriples,
        vocab::kFormatRdfXml}) {
    triples.push_back({service, iri(vocab::kSdResultFormat), iri(format)});
  }
  return triples;
}

std::string IngestReportJson(const ingest::IngestReport& report) {
  nlohmann::json skipped = nlohmann::json::array();
  for (const loaders::SkippedInput& skip : report.skipped) {
    skipped.push_back({{"source", skip.source}, {"reason", skip.reason}});
  }
  const nlohmann::ordered_json json = {
      {"articles", report.articles},
      {"written", report.written},
      {"unchanged", report.unchanged},
      {"triples_before", report.triples_before},
      {"triples_after", report.triples_after},
      {"facts",
       {{"nominations", report.facts.nominations},
        {"roles", report.facts.roles},
        {"organisations", report.facts.organisations},
        {"people", report.facts.people},
        {"projects", report.facts.projects},
        {"ceremonies", report.facts.ceremonies},
        {"partnerships", report.facts.collaborations}}},
      {"skipped", skipped},
  };
  return json.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

int RunChild(int fd, const ChildConfig& config) {
  // Die with the server even while stuck in a query.
  ::prctl(PR_SET_PDEATHSIG, SIGKILL);
  std::signal(SIGTERM, SIG_DFL);
  std::signal(SIGINT, SIG_IGN);  // Ctrl-C reaches the whole group; the parent decides.
  std::optional<query::Store> store;
  try {
    store.emplace(query::Store::Open(
        config.store, config.writer ? query::Store::Mode::kWrite : query::Store::Mode::kRead));
    WriteMessage(fd, {"ready"});
  } catch (const std::exception& e) {
    try {
      WriteMessage(fd, {"error", e.what()});
    } catch (const ChannelError&) {
    }
    return 1;
  }
  try {
    for (;;) {
      const Message request = ReadMessage(fd);
      ChildReply reply;
      try {
        reply = Handle(&*store, request);
      } catch (const std::exception& e) {
        reply = TextReply(500, std::string("internal error: ") + e.what());
      }
      WriteMessage(fd, reply.ToMessage());
      if (config.writer) return 0;  // one write per writer process
    }
  } catch (const ChannelError&) {
    return 0;  // the server closed the channel: shut down
  }
}

}  // namespace awardgraph::server
