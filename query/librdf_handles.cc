// librdf_handles.cc — World, log capture and Term <-> node conversion.
#include "query/librdf_handles.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>

#include "ontology/vocabulary.h"
#include "query/errors.h"

namespace awardgraph::query::internal {
namespace {

const unsigned char* Bytes(const std::string& s) {
  return reinterpret_cast<const unsigned char*>(s.c_str());
}

std::string UriString(librdf_uri* uri) {
  return uri == nullptr ? std::string()
                        : std::string(reinterpret_cast<const char*>(librdf_uri_as_string(uri)));
}

}  // namespace

World& World::Instance() {
  static World world;
  return world;
}

World::World() : world_(librdf_new_world()) {
  if (!world_) throw StoreError("cannot initialise the Redland RDF library");
  librdf_world_open(world_.get());
  librdf_world_set_logger(world_.get(), this, &World::OnLog);
  // librdf's own handler maps file blank node labels through one world-wide
  // table that only librdf's parser resets, so labels would leak between
  // files. Keep Raptor's labels as they are; ParseRdfFile scopes them.
  raptor_world_set_generate_bnodeid_handler(librdf_world_get_raptor(world_.get()), nullptr,
                                            &World::OnGenerateBlankId);
  // Raptor and Rasqal used directly (ParseRdfFile, Store's query check) log
  // to their own handlers, which librdf sets only on some paths: capture here.
  raptor_world_set_log_handler(librdf_world_get_raptor(world_.get()), this, &World::OnRaptorLog);
  rasqal_world_set_log_handler(librdf_world_get_rasqal(world_.get()), this, &World::OnRaptorLog);
}

void World::OnRaptorLog(void* user_data, raptor_log_message* message) {
  auto* self = static_cast<World*>(user_data);
  LogEntry entry;
  // raptor_log_level counts TRACE in; librdf_log_level does not.
  entry.level = static_cast<int>(message->level) - 1;
  entry.message = message->text != nullptr ? message->text : "";
  if (message->locator != nullptr) {
    entry.line = std::max(0, raptor_locator_line(message->locator));
    entry.column = std::max(0, raptor_locator_column(message->locator));
  }
  self->log_.push_back(std::move(entry));
}

unsigned char* World::OnGenerateBlankId(void* /*user_data*/, unsigned char* user_bnodeid) {
  if (user_bnodeid != nullptr) return user_bnodeid;  // ownership passes back to Raptor
  static unsigned long counter = 0;
  const std::string id = "genid" + std::to_string(++counter);
  auto* out = static_cast<unsigned char*>(malloc(id.size() + 1));
  if (out != nullptr) memcpy(out, id.c_str(), id.size() + 1);
  return out;
}

int World::OnLog(void* user_data, librdf_log_message* message) {
  auto* self = static_cast<World*>(user_data);
  LogEntry entry;
  entry.level = librdf_log_message_level(message);
  const char* text = librdf_log_message_message(message);
  entry.message = text != nullptr ? text : "";
  if (raptor_locator* locator = librdf_log_message_locator(message); locator != nullptr) {
    entry.line = std::max(0, raptor_locator_line(locator));
    entry.column = std::max(0, raptor_locator_column(locator));
  }
  self->log_.push_back(std::move(entry));
  return 1;  // handled: librdf prints nothing itself
}

std::vector<LogEntry> World::Errors() const {
  std::vector<LogEntry> errors;
  for (const LogEntry& e : log_) {
    if (e.level >= LIBRDF_LOG_ERROR) errors.push_back(e);
  }
  return errors;
}

std::string World::FirstErrorOr(const std::string& fallback) const {
  for (const LogEntry& e : log_) {
    if (e.level < LIBRDF_LOG_ERROR) continue;
    return e.line > 0 ? "line " + std::to_string(e.line) + ": " + e.message : e.message;
  }
  return fallback;
}

NodePtr MakeNode(World& world, const Term& term) {
  librdf_node* node = nullptr;
  switch (term.kind) {
    case Term::Kind::kIri:
      if (term.value.empty()) throw StoreError("cannot store an empty IRI");
      node = librdf_new_node_from_uri_string(world.Raw(), Bytes(term.value));
      break;
    case Term::Kind::kBlank:
      node = librdf_new_node_from_blank_identifier(
          world.Raw(), term.value.empty() ? nullptr : Bytes(term.value));
      break;
    case Term::Kind::kLiteral: {
      UriPtr datatype;
      if (!term.datatype.empty() && term.datatype != vocab::kXsdString && term.language.empty()) {
        datatype.reset(librdf_new_uri(world.Raw(), Bytes(term.datatype)));
      }
      node = librdf_new_node_from_typed_counted_literal(
          world.Raw(), Bytes(term.value), term.value.size(),
          term.language.empty() ? nullptr : term.language.c_str(), term.language.size(),
          datatype.get());
      break;
    }
  }
  if (node == nullptr) throw StoreError("cannot make an RDF node for '" + term.value + "'");
  return NodePtr(node);
}

StatementPtr MakeStatement(World& world, const Triple& triple) {
  NodePtr s = MakeNode(world, triple.subject);
  NodePtr p = MakeNode(world, triple.predicate);
  NodePtr o = MakeNode(world, triple.object);
  // librdf_new_statement_from_nodes takes ownership of the nodes, even on failure.
  librdf_statement* statement =
      librdf_new_statement_from_nodes(world.Raw(), s.release(), p.release(), o.release());
  if (statement == nullptr) throw StoreError("cannot make an RDF statement");
  return StatementPtr(statement);
}

Term NodeToTerm(librdf_node* node) {
  if (librdf_node_is_resource(node)) return Term::Iri(UriString(librdf_node_get_uri(node)));
  if (librdf_node_is_blank(node)) {
    return Term::Blank(reinterpret_cast<const char*>(librdf_node_get_blank_identifier(node)));
  }
  size_t length = 0;
  const unsigned char* value = librdf_node_get_literal_value_as_counted_string(node, &length);
  std::string text(reinterpret_cast<const char*>(value), length);
  if (const char* language = librdf_node_get_literal_value_language(node);
      language != nullptr && *language != '\0') {
    return Term::LangString(text, language);
  }
  std::string datatype = UriString(librdf_node_get_literal_value_datatype_uri(node));
  if (datatype.empty() || datatype == vocab::kXsdString) return Term::Literal(text);
  return Term::Typed(text, datatype);
}

Triple StatementToTriple(librdf_statement* statement) {
  return Triple{NodeToTerm(librdf_statement_get_subject(statement)),
                NodeToTerm(librdf_statement_get_predicate(statement)),
                NodeToTerm(librdf_statement_get_object(statement))};
}

}  // namespace awardgraph::query::internal
