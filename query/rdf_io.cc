// rdf_io.cc — ParseRdfFile and SerializeTriples over librdf/Raptor.
#include "query/rdf_io.h"

#include <unistd.h>

#include <ctime>
#include <filesystem>
#include <fstream>

#include "ontology/vocabulary.h"
#include "query/errors.h"
#include "query/librdf_handles.h"

namespace awardgraph::query {
namespace {

using internal::ModelPtr;
using internal::SerializerPtr;
using internal::StoragePtr;
using internal::UriPtr;
using internal::World;

struct Namespace {
  const char* prefix;
  std::string_view iri;
};

constexpr Namespace kNamespaces[] = {
    {"ag", vocab::kAgNs},   {"rdf", vocab::kRdfNs},   {"rdfs", vocab::kRdfsNs},
    {"owl", vocab::kOwlNs}, {"skos", vocab::kSkosNs}, {"prov", vocab::kProvNs},
    {"dct", vocab::kDctNs}, {"xsd", vocab::kXsdNs},
};

// Collects a parse's statements as Quads. Blank node labels are scoped to
// one file, as RDF requires (librdf would map _:b1 of two files to one node).
struct ParseState {
  std::string default_graph;
  std::string blank_suffix;
  std::vector<Quad> quads;

  Term ToTerm(const raptor_term* term) const {
    switch (term->type) {
      case RAPTOR_TERM_TYPE_URI:
        return Term::Iri(reinterpret_cast<const char*>(raptor_uri_as_string(term->value.uri)));
      case RAPTOR_TERM_TYPE_BLANK:
        return Term::Blank(reinterpret_cast<const char*>(term->value.blank.string) + blank_suffix);
      case RAPTOR_TERM_TYPE_LITERAL: {
        const raptor_term_literal_value& literal = term->value.literal;
        std::string text(reinterpret_cast<const char*>(literal.string), literal.string_len);
        if (literal.language != nullptr && literal.language_len > 0) {
          return Term::LangString(text, std::string(reinterpret_cast<const char*>(literal.language),
                                                    literal.language_len));
        }
        if (literal.datatype != nullptr) {
          std::string datatype(
              reinterpret_cast<const char*>(raptor_uri_as_string(literal.datatype)));
          if (datatype != vocab::kXsdString) return Term::Typed(text, datatype);
        }
        return Term::Literal(text);
      }
      default:
        return Term::Literal("");
    }
  }

  static void OnStatement(void* user_data, raptor_statement* statement) {
    auto* self = static_cast<ParseState*>(user_data);
    Quad quad{Triple{self->ToTerm(statement->subject), self->ToTerm(statement->predicate),
                     self->ToTerm(statement->object)},
              self->default_graph};
    if (statement->graph != nullptr && statement->graph->type == RAPTOR_TERM_TYPE_URI) {
      quad.graph = self->ToTerm(statement->graph).value;
    }
    self->quads.push_back(std::move(quad));
  }
};

}  // namespace

std::vector<Quad> ParseRdfFile(const std::string& path, RdfFormat format,
                               std::string_view graph_iri) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec)) {
    throw StoreError("cannot read " + path + ": " +
                     (std::filesystem::exists(path, ec) ? "not a regular file" : "no such file"));
  }
  if (!std::ifstream(path).good()) throw StoreError("cannot read " + path + ": permission denied");

  World& world = World::Instance();
  world.ClearLog();
  raptor_world* raptor = librdf_world_get_raptor(world.Raw());
  // Raptor directly rather than librdf's parser: librdf drops TriG graph names.
  // A new parser for every file: Raptor parsers must not be reused.
  internal::RaptorParserPtr parser(
      raptor_new_parser(raptor, std::string(RaptorSyntaxName(format)).c_str()));
  if (!parser) throw StoreError("no " + std::string(RdfFormatName(format)) + " parser available");
  unsigned char* uri_string =
      raptor_uri_filename_to_uri_string(std::filesystem::absolute(path).c_str());
  internal::RaptorUriPtr uri(raptor_new_uri(raptor, uri_string));
  raptor_free_memory(uri_string);
  if (!uri) throw StoreError("cannot make a file URI for " + path);

  // Blank node labels get a suffix unique to this parse (time, pid, count),
  // so blank nodes of different files or runs never merge in the store.
  static int parse_count = 0;
  ParseState state{std::string(graph_iri),
                   "_" + std::to_string(std::time(nullptr)) + "p" + std::to_string(getpid()) + "f" +
                       std::to_string(++parse_count),
                   {}};
  raptor_parser_set_statement_handler(parser.get(), &state, &ParseState::OnStatement);
  const int rc = raptor_parser_parse_file(parser.get(), uri.get(), uri.get());

  const std::vector<internal::LogEntry> errors = world.Errors();
  if (rc != 0 || !errors.empty()) {
    internal::LogEntry first =
        errors.empty() ? internal::LogEntry{0, "the parser failed without a message", 0, 0}
                       : errors.front();
    std::string where = path;
    if (first.line > 0) where += ":" + std::to_string(first.line);
    if (first.line > 0 && first.column > 0) where += ":" + std::to_string(first.column);
    throw RdfParseError(where + ": " + first.message + " (nothing from this file was stored)", path,
                        first.line);
  }
  return std::move(state.quads);
}

void SerializeTriples(const std::vector<Triple>& triples, RdfFormat format, std::ostream& out) {
  World& world = World::Instance();
  world.ClearLog();
  StoragePtr storage(librdf_new_storage(world.Raw(), "hashes", "serialize", "hash-type='memory'"));
  if (!storage) throw StoreError("cannot create an in-memory model");
  ModelPtr model(librdf_new_model(world.Raw(), storage.get(), nullptr));
  if (!model) throw StoreError("cannot create an in-memory model");
  for (const Triple& t : triples) {
    internal::StatementPtr statement = internal::MakeStatement(world, t);
    librdf_model_add_statement(model.get(), statement.get());
  }
  const char* name = format == RdfFormat::kNtriples ? "ntriples"
                     : format == RdfFormat::kRdfxml ? "rdfxml-abbrev"
                                                    : "turtle";
  SerializerPtr serializer(librdf_new_serializer(world.Raw(), name, nullptr, nullptr));
  if (!serializer) throw StoreError(std::string("no ") + name + " serializer available");
  if (format != RdfFormat::kNtriples) {
    for (const Namespace& ns : kNamespaces) {
      UriPtr uri(librdf_new_uri(
          world.Raw(), reinterpret_cast<const unsigned char*>(std::string(ns.iri).c_str())));
      librdf_serializer_set_namespace(serializer.get(), uri.get(), ns.prefix);
    }
  }
  size_t length = 0;
  unsigned char* text = librdf_serializer_serialize_model_to_counted_string(
      serializer.get(), nullptr, model.get(), &length);
  if (text == nullptr) throw StoreError(world.FirstErrorOr("serializing the result failed"));
  out.write(reinterpret_cast<const char*>(text), static_cast<std::streamsize>(length));
  librdf_free_memory(text);
}

}  // namespace awardgraph::query
