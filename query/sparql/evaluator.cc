// evaluator.cc — the SPARQL evaluator (see evaluator.h).
#include "query/sparql/evaluator.h"

#include <algorithm>
#include <array>
#include <chrono>
#include <cmath>
#include <ctime>
#include <deque>
#include <functional>
#include <random>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "ontology/vocabulary.h"
#include "query/errors.h"
#include "query/sparql/functions.h"
#include "query/sparql/parser.h"

namespace awardgraph::query::sparql {
namespace {

using Id = std::uint32_t;
constexpr Id kUnbound = 0;
using Row = std::vector<Id>;
using Rows = std::vector<Row>;

// Labels of blank nodes made by BNODE().
const std::string kMintedPrefix = "sparql-bnode-";

struct TermHash {
  std::size_t operator()(const Term& t) const {
    std::size_t h = std::hash<std::string>()(t.value);
    h ^= std::hash<std::string>()(t.datatype) + 0x9e3779b9 + (h << 6) + (h >> 2);
    h ^= std::hash<std::string>()(t.language) + 0x9e3779b9 + (h << 6) + (h >> 2);
    return h * 31 + static_cast<std::size_t>(t.kind);
  }
};

struct IdsHash {
  std::size_t operator()(const std::vector<Id>& v) const {
    std::size_t h = v.size();
    for (Id x : v) h = h * 1000003 ^ x;
    return h;
  }
};

// Terms <-> ids for one query.
class Dictionary {
 public:
  Dictionary() { terms_.emplace_back(); }
  Id Intern(const Term& t) {
    auto it = ids_.find(t);
    if (it != ids_.end()) return it->second;
    const Id id = static_cast<Id>(terms_.size());
    terms_.push_back(t);
    ids_.emplace(t, id);
    return id;
  }
  const Term& Get(Id id) const { return terms_[id]; }

 private:
  std::deque<Term> terms_;
  std::unordered_map<Term, Id, TermHash> ids_;
};

// The graph patterns read: the default graph, one named graph, or every
// named graph with the graph name bound to a variable (quad patterns).
struct GraphCtx {
  enum class Kind { kDefault, kNamed, kNamedVar };
  Kind kind = Kind::kDefault;
  Id name = kUnbound;
  int var = -1;
};

bool Compatible(const Row& a, const Row& b) {
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (a[i] != kUnbound && b[i] != kUnbound && a[i] != b[i]) return false;
  }
  return true;
}

Row Merge(const Row& a, const Row& b) {
  Row out = a;
  for (std::size_t i = 0; i < out.size(); ++i) {
    if (out[i] == kUnbound) out[i] = b[i];
  }
  return out;
}

bool AllUnbound(const Row& r) {
  return std::all_of(r.begin(), r.end(), [](Id x) { return x == kUnbound; });
}

class Engine {
 public:
  Engine(const ParsedQuery& query, const TripleSource& source, const QueryControl& control)
      : query_(query), source_(source), control_(control), width_(query.variables.size()) {
    if (query.has_dataset) {
      custom_dataset_ = true;
      for (const Term& g : query.from) from_.push_back(dict_.Intern(g));
      for (const Term& g : query.from_named) named_.push_back(dict_.Intern(g));
      named_known_ = true;
    }
  }

  QueryResult Run() {
    if (query_.uses_service) {
      throw UnsupportedQueryError(
          "SERVICE is refused: a federated query would fetch arbitrary URLs");
    }
    const Row seed(width_, kUnbound);
    Rows rows = Eval(*query_.pattern, seed, GraphCtx{});
    switch (query_.type) {
      case QueryType::kAsk:
        return QueryResult::Boolean(!rows.empty());
      case QueryType::kSelect: {
        std::vector<std::string> names;
        for (int v : query_.projection) names.push_back(query_.variables[v]);
        QueryResult result = QueryResult::Bindings(names);
        result.rows.reserve(rows.size());
        for (const Row& row : rows) {
          ResultRow out(names.size());
          for (std::size_t i = 0; i < names.size(); ++i) {
            const Id id = row[query_.projection[i]];
            if (id != kUnbound) out[i] = dict_.Get(id);
          }
          result.rows.push_back(std::move(out));
        }
        return result;
      }
      case QueryType::kConstruct:
        return QueryResult::Graph(Construct(rows));
      case QueryType::kDescribe:
        return QueryResult::Graph(Describe(rows));
    }
    return QueryResult();
  }

 private:
  // ---------------------------------------------------------- control
  void Check() {
    if ((++ticks_ & 1023) != 0) return;
    if (control_.cancel != nullptr && control_.cancel->load(std::memory_order_relaxed)) {
      throw QueryStoppedError("the query was cancelled");
    }
    if (control_.deadline != std::chrono::steady_clock::time_point::max() &&
        std::chrono::steady_clock::now() > control_.deadline) {
      throw QueryStoppedError("the query ran out of time (its timeout passed)");
    }
  }
  void CheckRows(std::size_t n) {
    if (n > control_.max_rows) {
      throw QueryStoppedError("the query needs more than " + std::to_string(control_.max_rows) +
                              " rows at one step; narrow it down or raise the row limit");
    }
  }

  // ---------------------------------------------------------- dataset access
  const std::vector<Id>& NamedGraphs() {
    if (!named_known_) {
      for (const Term& g : source_.NamedGraphs()) named_.push_back(dict_.Intern(g));
      named_known_ = true;
    }
    return named_;
  }
  bool IsNamedGraph(Id g) {
    if (named_set_.empty()) {
      for (Id name : NamedGraphs()) named_set_.insert(name);
    }
    return named_set_.count(g) > 0;
  }

  // Calls sink(s, p, o, graph) for each match in `g` (graph is kUnbound
  // unless g is kNamedVar with an unbound variable).
  template <typename Sink>
  void Match(const GraphCtx& g, Id graph_bound, const Term* s, const Term* p, const Term* o,
             Sink&& sink) {
    auto intern3 = [&](const Term& a, const Term& b, const Term& c, Id graph) {
      Check();
      return sink(dict_.Intern(a), dict_.Intern(b), dict_.Intern(c), graph);
    };
    if (g.kind == GraphCtx::Kind::kDefault) {
      if (!custom_dataset_) {
        source_.Find(s, p, o, nullptr, [&](const Term& a, const Term& b, const Term& c) {
          return intern3(a, b, c, kUnbound);
        });
        return;
      }
      if (from_.size() == 1) {
        const Term& name = dict_.Get(from_[0]);
        source_.Find(s, p, o, &name, [&](const Term& a, const Term& b, const Term& c) {
          return intern3(a, b, c, kUnbound);
        });
        return;
      }
      std::set<std::array<Id, 3>> seen;
      for (Id graph : from_) {
        const Term& name = dict_.Get(graph);
        bool go_on = true;
        source_.Find(s, p, o, &name, [&](const Term& a, const Term& b, const Term& c) {
          std::array<Id, 3> key{dict_.Intern(a), dict_.Intern(b), dict_.Intern(c)};
          if (!seen.insert(key).second) return true;
          Check();
          go_on = sink(key[0], key[1], key[2], kUnbound);
          return go_on;
        });
        if (!go_on) return;
      }
      return;
    }
    Id named = g.kind == GraphCtx::Kind::kNamed ? g.name : graph_bound;
    if (named != kUnbound) {
      if (!IsNamedGraph(named)) return;
      const Term& name = dict_.Get(named);
      source_.Find(s, p, o, &name, [&](const Term& a, const Term& b, const Term& c) {
        return intern3(a, b, c, named);
      });
      return;
    }
    if (!custom_dataset_) {
      source_.FindInNamedGraphs(
          s, p, o, [&](const Term& a, const Term& b, const Term& c, const Term& gr) {
            Check();
            return sink(dict_.Intern(a), dict_.Intern(b), dict_.Intern(c), dict_.Intern(gr));
          });
      return;
    }
    for (Id graph : NamedGraphs()) {
      const Term& name = dict_.Get(graph);
      bool go_on = true;
      source_.Find(s, p, o, &name, [&](const Term& a, const Term& b, const Term& c) {
        go_on = intern3(a, b, c, graph);
        return go_on;
      });
      if (!go_on) return;
    }
  }

  // ---------------------------------------------------------- patterns
  bool Seedable(const Pattern& p) const {
    switch (p.kind) {
      case PatternKind::kBgp:
      case PatternKind::kPath:
      case PatternKind::kValues:
        return true;
      case PatternKind::kJoin:
      case PatternKind::kUnion:
        return Seedable(*p.left) && Seedable(*p.right);
      case PatternKind::kGraph:
        return Seedable(*p.left);
      case PatternKind::kFilter:
      case PatternKind::kLeftJoin:
      case PatternKind::kMinus:
      case PatternKind::kExtend:
        return substitute_ > 0;
      default:
        return false;
    }
  }

  // Solutions of `p` compatible with `seed`, merged with it.
  Rows Eval(const Pattern& p, const Row& seed, const GraphCtx& g) {
    Check();
    if (!Seedable(p) && !AllUnbound(seed)) {
      const Row empty(width_, kUnbound);
      Rows all = Eval(p, empty, g);
      Rows out;
      for (const Row& r : all) {
        if (Compatible(r, seed)) out.push_back(Merge(r, seed));
      }
      return out;
    }
    Rows out = EvalImpl(p, seed, g);
    CheckRows(out.size());
    return out;
  }

  Rows EvalImpl(const Pattern& p, const Row& seed, const GraphCtx& g) {
    switch (p.kind) {
      case PatternKind::kBgp:
        return EvalBgp(p.triples, seed, g);
      case PatternKind::kPath:
        return EvalPathPattern(p, seed, g);
      case PatternKind::kJoin: {
        Rows left = Eval(*p.left, seed, g);
        if (left.empty()) return left;
        if (Seedable(*p.right)) {
          Rows out;
          for (const Row& l : left) {
            Rows part = Eval(*p.right, l, g);
            for (Row& r : part) out.push_back(std::move(r));
            CheckRows(out.size());
          }
          return out;
        }
        const Row empty(width_, kUnbound);
        Rows right = Eval(*p.right, empty, g);
        return HashJoin(left, right);
      }
      case PatternKind::kLeftJoin:
        return EvalLeftJoin(p, seed, g);
      case PatternKind::kFilter: {
        if (p.left->kind == PatternKind::kLeftJoin && substitute_ == 0) {
          if (auto pushed = PushFilterIntoLeftJoin(p)) return Eval(*pushed, seed, g);
        }
        const ExprPtr* condition = &p.expr;
        Rows rows;
        if (p.left->kind == PatternKind::kLeftJoin && AntiJoinOf(p).applies) {
          rows = EvalLeftJoin(*p.left, seed, g, /*anti=*/true);
          condition = &AntiJoinOf(p).rest;
          if (!*condition) return rows;
        } else {
          rows = Eval(*p.left, seed, g);
        }
        Rows out;
        for (Row& r : rows) {
          Check();
          const std::optional<Term> v = EvalExpr(**condition, r, g);
          if (v && EffectiveBooleanValue(*v).value_or(false)) out.push_back(std::move(r));
        }
        return out;
      }
      case PatternKind::kUnion: {
        Rows out = Eval(*p.left, seed, g);
        Rows right = Eval(*p.right, seed, g);
        for (Row& r : right) out.push_back(std::move(r));
        return out;
      }
      case PatternKind::kMinus: {
        Rows left = Eval(*p.left, seed, g);
        if (left.empty()) return left;
        const Row empty(width_, kUnbound);
        Rows right = Eval(*p.right, empty, g);
        Rows out;
        for (Row& l : left) {
          bool removed = false;
          for (const Row& r : right) {
            Check();
            if (!Compatible(l, r)) continue;
            bool shared = false;
            for (std::size_t i = 0; i < width_; ++i) {
              if (l[i] != kUnbound && r[i] != kUnbound) {
                shared = true;
                break;
              }
            }
            if (shared) {
              removed = true;
              break;
            }
          }
          if (!removed) out.push_back(std::move(l));
        }
        return out;
      }
      case PatternKind::kGraph:
        return EvalGraph(p, seed, g);
      case PatternKind::kExtend: {
        Rows rows = Eval(*p.left, seed, g);
        for (Row& r : rows) {
          Check();
          if (r[p.var] != kUnbound) continue;
          const std::optional<Term> v = EvalExpr(*p.expr, r, g);
          if (v) r[p.var] = dict_.Intern(*v);
        }
        return rows;
      }
      case PatternKind::kGroup:
        return EvalGroup(p, g);
      case PatternKind::kOrderBy: {
        Rows rows = Eval(*p.left, seed, g);
        std::vector<std::vector<std::optional<Term>>> keys(rows.size());
        for (std::size_t i = 0; i < rows.size(); ++i) {
          Check();
          for (const OrderKey& k : p.order) keys[i].push_back(EvalExpr(*k.expr, rows[i], g));
        }
        std::vector<std::size_t> index(rows.size());
        for (std::size_t i = 0; i < index.size(); ++i) index[i] = i;
        std::stable_sort(index.begin(), index.end(), [&](std::size_t a, std::size_t b) {
          for (std::size_t k = 0; k < p.order.size(); ++k) {
            int c = OrderCompare(keys[a][k], keys[b][k]);
            if (p.order[k].descending) c = -c;
            if (c != 0) return c < 0;
          }
          return false;
        });
        Rows out;
        out.reserve(rows.size());
        for (std::size_t i : index) out.push_back(std::move(rows[i]));
        return out;
      }
      case PatternKind::kProject: {
        Rows rows = Eval(*p.left, seed, g);
        std::vector<bool> keep(width_, false);
        for (int v : p.vars) keep[v] = true;
        for (Row& r : rows) {
          for (std::size_t i = 0; i < width_; ++i) {
            if (!keep[i]) r[i] = kUnbound;
          }
        }
        return rows;
      }
      case PatternKind::kReduced:
        // REDUCED may drop duplicates; keeping them all is allowed (and cheap).
        return Eval(*p.left, seed, g);
      case PatternKind::kDistinct: {
        Rows rows = Eval(*p.left, seed, g);
        std::unordered_set<Row, IdsHash> seen;
        Rows out;
        for (Row& r : rows) {
          if (seen.insert(r).second) out.push_back(std::move(r));
        }
        return out;
      }
      case PatternKind::kSlice: {
        Rows rows = Eval(*p.left, seed, g);
        const std::size_t from = std::min<std::size_t>(rows.size(), p.offset);
        std::size_t to = rows.size();
        if (p.limit >= 0) to = std::min<std::size_t>(to, from + p.limit);
        return Rows(std::make_move_iterator(rows.begin() + from),
                    std::make_move_iterator(rows.begin() + to));
      }
      case PatternKind::kValues: {
        Rows out;
        for (const auto& data : p.values) {
          Row r = seed;
          bool ok = true;
          for (std::size_t i = 0; i < p.vars.size(); ++i) {
            if (!data[i]) continue;
            const Id id = dict_.Intern(*data[i]);
            if (r[p.vars[i]] != kUnbound && r[p.vars[i]] != id) {
              ok = false;
              break;
            }
            r[p.vars[i]] = id;
          }
          if (ok) out.push_back(std::move(r));
        }
        return out;
      }
      case PatternKind::kService:
        throw UnsupportedQueryError(
            "SERVICE is refused: a federated query would fetch arbitrary URLs");
    }
    return {};
  }

  // Variables bound in every solution of `p` (a safe under-approximation).
  std::set<int> CertainVars(const Pattern& p) const {
    std::set<int> out;
    switch (p.kind) {
      case PatternKind::kBgp:
        for (int v : InScopeVariables(p)) out.insert(v);
        break;
      case PatternKind::kJoin: {
        out = CertainVars(*p.left);
        for (int v : CertainVars(*p.right)) out.insert(v);
        break;
      }
      case PatternKind::kLeftJoin:
      case PatternKind::kMinus:
      case PatternKind::kFilter:
        out = CertainVars(*p.left);
        break;
      default:
        break;
    }
    return out;
  }

  static void Conjuncts(const ExprPtr& e, std::vector<ExprPtr>& out) {
    if (e->kind == ExprKind::kAnd) {
      Conjuncts(e->args[0], out);
      Conjuncts(e->args[1], out);
    } else {
      out.push_back(e);
    }
  }

  static bool PlainVars(const Expression& e, std::set<int>& vars) {
    if (e.kind == ExprKind::kExists || e.kind == ExprKind::kNotExists) return false;
    if (e.kind == ExprKind::kVariable) vars.insert(e.var);
    for (const ExprPtr& a : e.args) {
      if (!PlainVars(*a, vars)) return false;
    }
    return true;
  }

  // Filter(A && B, LeftJoin(L, R)) where A reads only variables bound in
  // every solution of L is LeftJoin(Filter(A, L), R) filtered by B: the
  // optional part never changes those variables. Returns null when no
  // conjunct moves.
  PatternPtr PushFilterIntoLeftJoin(const Pattern& filter) {
    auto it = pushed_.find(&filter);
    if (it != pushed_.end()) return it->second;
    const Pattern& lj = *filter.left;
    const std::set<int> certain = CertainVars(*lj.left);
    std::vector<ExprPtr> parts, down, stay;
    Conjuncts(filter.expr, parts);
    for (const ExprPtr& e : parts) {
      std::set<int> vars;
      const bool movable = PlainVars(*e, vars) && std::all_of(vars.begin(), vars.end(), [&](int v) {
                             return certain.count(v) > 0;
                           });
      (movable ? down : stay).push_back(e);
    }
    PatternPtr result;
    if (!down.empty()) {
      auto conj = [](const std::vector<ExprPtr>& es) {
        ExprPtr c = es[0];
        for (std::size_t i = 1; i < es.size(); ++i) {
          auto both = std::make_shared<Expression>();
          both->kind = ExprKind::kAnd;
          both->args = {c, es[i]};
          c = both;
        }
        return c;
      };
      auto inner = std::make_shared<Pattern>();
      inner->kind = PatternKind::kFilter;
      inner->left = lj.left;
      inner->expr = conj(down);
      auto new_lj = std::make_shared<Pattern>(lj);
      new_lj->left = inner;
      result = new_lj;
      if (!stay.empty()) {
        auto outer = std::make_shared<Pattern>();
        outer->kind = PatternKind::kFilter;
        outer->left = new_lj;
        outer->expr = conj(stay);
        result = outer;
      }
    }
    pushed_.emplace(&filter, result);
    return result;
  }

  Rows HashJoin(const Rows& left, const Rows& right) {
    Rows out;
    if (left.empty() || right.empty()) return out;
    std::vector<int> keys;
    for (std::size_t i = 0; i < width_; ++i) {
      bool all = true;
      for (const Row& l : left) {
        if (l[i] == kUnbound) {
          all = false;
          break;
        }
      }
      if (!all) continue;
      for (const Row& r : right) {
        if (r[i] == kUnbound) {
          all = false;
          break;
        }
      }
      if (all) keys.push_back(static_cast<int>(i));
    }
    if (keys.empty()) {
      for (const Row& l : left) {
        for (const Row& r : right) {
          Check();
          if (Compatible(l, r)) out.push_back(Merge(l, r));
        }
        CheckRows(out.size());
      }
      return out;
    }
    std::unordered_map<std::vector<Id>, std::vector<std::size_t>, IdsHash> table;
    std::vector<Id> key(keys.size());
    for (std::size_t j = 0; j < right.size(); ++j) {
      for (std::size_t k = 0; k < keys.size(); ++k) key[k] = right[j][keys[k]];
      table[key].push_back(j);
    }
    for (const Row& l : left) {
      Check();
      for (std::size_t k = 0; k < keys.size(); ++k) key[k] = l[keys[k]];
      auto it = table.find(key);
      if (it == table.end()) continue;
      for (std::size_t j : it->second) {
        if (Compatible(l, right[j])) out.push_back(Merge(l, right[j]));
      }
      CheckRows(out.size());
    }
    return out;
  }

  // LeftJoin (OPTIONAL): each left row with its compatible right rows that
  // pass the condition, or alone when there are none; with `anti`, only the
  // left rows that have none (see AntiJoinOf). A right side that can be
  // seeded is evaluated once per distinct binding of the variables it
  // mentions (not once per left row); any other right side is evaluated once
  // and indexed on the variables both sides always bind.
  Rows EvalLeftJoin(const Pattern& p, const Row& seed, const GraphCtx& g, bool anti = false) {
    Rows left = Eval(*p.left, seed, g);
    Rows out;
    if (left.empty()) return out;
    auto keep = [&](const Row& merged) {
      if (!p.expr) return true;
      const std::optional<Term> v = EvalExpr(*p.expr, merged, g);
      return v && EffectiveBooleanValue(*v).value_or(false);
    };
    const bool seeded = Seedable(*p.right);
    const Mentions* mentions = seeded ? &MentionedVars(*p.right) : nullptr;
    std::vector<int> keys;
    std::unordered_map<std::vector<Id>, Rows, IdsHash> right;
    if (seeded) {
      keys = mentions->vars;
      if (g.kind == GraphCtx::Kind::kNamedVar) keys.push_back(g.var);
    } else {
      const Row empty(width_, kUnbound);
      Rows all = Eval(*p.right, empty, g);
      for (std::size_t i = 0; i < width_ && !all.empty(); ++i) {
        if (std::all_of(left.begin(), left.end(), [&](const Row& r) { return r[i] != kUnbound; }) &&
            std::all_of(all.begin(), all.end(), [&](const Row& r) { return r[i] != kUnbound; })) {
          keys.push_back(static_cast<int>(i));
        }
      }
      std::vector<Id> key(keys.size());
      for (Row& r : all) {
        for (std::size_t k = 0; k < keys.size(); ++k) key[k] = r[keys[k]];
        right[key].push_back(std::move(r));
      }
    }
    std::vector<Id> key(keys.size());
    Rows fresh;
    for (Row& l : left) {
      Check();
      const Rows* candidates = nullptr;
      if (seeded && !mentions->deterministic) {
        fresh = Eval(*p.right, l, g);
        candidates = &fresh;
      } else {
        for (std::size_t k = 0; k < keys.size(); ++k) key[k] = l[keys[k]];
        auto it = right.find(key);
        if (it == right.end() && seeded) {
          Row s(width_, kUnbound);
          for (int v : keys) s[v] = l[v];
          it = right.emplace(key, Eval(*p.right, s, g)).first;
        }
        if (it != right.end()) candidates = &it->second;
      }
      bool any = false;
      if (candidates != nullptr) {
        for (const Row& r : *candidates) {
          if (!Compatible(l, r)) continue;
          Row merged = Merge(l, r);
          if (!keep(merged)) continue;
          any = true;
          if (anti) break;
          out.push_back(std::move(merged));
        }
      }
      if (!any) out.push_back(std::move(l));
      CheckRows(out.size());
    }
    return out;
  }

  // The variables a pattern mentions anywhere (triples, paths, graph names,
  // expressions, nested patterns), sorted; `deterministic` is false when it
  // calls RAND, BNODE, UUID or STRUUID. The answers of a seeded pattern
  // depend on the seed only through these variables.
  struct Mentions {
    std::vector<int> vars;
    bool deterministic = true;
  };
  const Mentions& MentionedVars(const Pattern& p) {
    auto it = mentions_.find(&p);
    if (it != mentions_.end()) return it->second;
    std::set<int> vars;
    bool deterministic = true;
    std::function<void(const Expression&)> expr;
    std::function<void(const Pattern&)> walk = [&](const Pattern& q) {
      for (const TriplePattern& t : q.triples) {
        for (const TermOrVar* x : {&t.subject, &t.predicate, &t.object}) {
          if (x->IsVar()) vars.insert(x->var);
        }
      }
      for (const TermOrVar* x : {&q.path_subject, &q.path_object, &q.graph}) {
        if (x->IsVar()) vars.insert(x->var);
      }
      if (q.var >= 0) vars.insert(q.var);
      for (int v : q.vars) vars.insert(v);
      for (int v : q.group_vars) {
        if (v >= 0) vars.insert(v);
      }
      for (const Aggregate& a : q.aggregates) {
        vars.insert(a.var);
        if (a.expr) expr(*a.expr);
      }
      for (const ExprPtr& e : q.group_exprs) expr(*e);
      for (const OrderKey& k : q.order) expr(*k.expr);
      if (q.expr) expr(*q.expr);
      if (q.left) walk(*q.left);
      if (q.right) walk(*q.right);
    };
    expr = [&](const Expression& e) {
      if (e.kind == ExprKind::kVariable) vars.insert(e.var);
      if (e.kind == ExprKind::kBuiltin &&
          (e.name == "RAND" || e.name == "BNODE" || e.name == "UUID" || e.name == "STRUUID")) {
        deterministic = false;
      }
      for (const ExprPtr& a : e.args) expr(*a);
      if (e.pattern) walk(*e.pattern);
    };
    walk(p);
    Mentions m{std::vector<int>(vars.begin(), vars.end()), deterministic};
    return mentions_.emplace(&p, std::move(m)).first->second;
  }

  // FILTER(!BOUND(?v)) over OPTIONAL, where ?v is bound by every solution
  // of the optional part and mentioned nowhere on the left, keeps exactly
  // the left rows that found no match: an anti-join, evaluated without
  // building the matches (q7's "never won"). `rest` is the filter's other
  // conjuncts (null when none).
  struct AntiJoin {
    bool applies = false;
    ExprPtr rest;
  };
  const AntiJoin& AntiJoinOf(const Pattern& filter) {
    auto it = anti_joins_.find(&filter);
    if (it != anti_joins_.end()) return it->second;
    AntiJoin result;
    const Pattern& lj = *filter.left;
    std::vector<ExprPtr> parts;
    Conjuncts(filter.expr, parts);
    const std::set<int> certain = CertainVars(*lj.right);
    const std::vector<int>& left_vars = MentionedVars(*lj.left).vars;
    for (std::size_t i = 0; i < parts.size() && !result.applies; ++i) {
      const Expression& e = *parts[i];
      if (e.kind != ExprKind::kNot || e.args[0]->kind != ExprKind::kBuiltin ||
          e.args[0]->name != "BOUND" || e.args[0]->args.empty() ||
          e.args[0]->args[0]->kind != ExprKind::kVariable) {
        continue;
      }
      const int v = e.args[0]->args[0]->var;
      if (certain.count(v) == 0 || std::binary_search(left_vars.begin(), left_vars.end(), v)) {
        continue;
      }
      result.applies = true;
      for (std::size_t j = 0; j < parts.size(); ++j) {
        if (j == i) continue;
        if (!result.rest) {
          result.rest = parts[j];
        } else {
          auto both = std::make_shared<Expression>();
          both->kind = ExprKind::kAnd;
          both->args = {result.rest, parts[j]};
          result.rest = both;
        }
      }
    }
    return anti_joins_.emplace(&filter, std::move(result)).first->second;
  }

  Rows EvalGraph(const Pattern& p, const Row& seed, const GraphCtx& g) {
    if (!p.graph.IsVar()) {
      GraphCtx inner{GraphCtx::Kind::kNamed, dict_.Intern(p.graph.term), -1};
      if (!IsNamedGraph(inner.name)) return {};
      return Eval(*p.left, seed, inner);
    }
    const int var = p.graph.var;
    if (seed[var] != kUnbound) {
      GraphCtx inner{GraphCtx::Kind::kNamed, seed[var], -1};
      if (!IsNamedGraph(inner.name)) return {};
      return Eval(*p.left, seed, inner);
    }
    if (p.left->kind == PatternKind::kBgp && !p.left->triples.empty()) {
      return EvalBgp(p.left->triples, seed, GraphCtx{GraphCtx::Kind::kNamedVar, kUnbound, var});
    }
    Rows out;
    for (Id name : NamedGraphs()) {
      Row s = seed;
      s[var] = name;
      Rows part = Eval(*p.left, s, GraphCtx{GraphCtx::Kind::kNamed, name, -1});
      for (Row& r : part) {
        if (r[var] == name) out.push_back(std::move(r));
      }
      CheckRows(out.size());
    }
    return out;
  }

  // Basic graph pattern, one triple pattern at a time. While there is one
  // row (the start), every candidate lookup is one index read: the
  // patterns the store indexes are fetched (smallest answer first, each
  // stopped once it outgrows the best so far) and the smallest goes first.
  // Later steps take the most-bound pattern; each is an index nested loop
  // (one lookup per distinct binding of its bound variables) unless the
  // pattern's constants alone make an indexed lookup whose answer is not
  // much larger than that number of lookups: then that answer is fetched
  // once and hash-joined with the rows. Patterns sharing a bound variable
  // with the rows go before those that would multiply them.
  Rows EvalBgp(const std::vector<TriplePattern>& triples, const Row& seed, const GraphCtx& g) {
    Rows current{seed};
    if (triples.empty()) {
      if (g.kind == GraphCtx::Kind::kNamedVar && seed[g.var] == kUnbound) {
        Rows out;
        for (Id name : NamedGraphs()) {
          Row r = seed;
          r[g.var] = name;
          out.push_back(std::move(r));
        }
        return out;
      }
      return current;
    }
    std::vector<bool> bound(width_, false);
    for (std::size_t i = 0; i < width_; ++i) bound[i] = seed[i] != kUnbound;
    std::vector<bool> used(triples.size(), false);
    for (std::size_t step = 0; step < triples.size(); ++step) {
      auto is_bound = [&](const TermOrVar& x) { return !x.IsVar() || bound[x.var]; };
      int best = current.size() == 1 ? SmallestIndexed(triples, used, current[0], g) : -1;
      if (best < 0) {
        int best_score = -1;
        for (std::size_t i = 0; i < triples.size(); ++i) {
          if (used[i]) continue;
          const TriplePattern& t = triples[i];
          // A pattern sharing no bound variable with the rows multiplies
          // them: it goes after every pattern that does.
          bool shares = false;
          for (const TermOrVar* x : {&t.subject, &t.predicate, &t.object}) {
            shares = shares || (x->IsVar() && bound[x->var]);
          }
          const int score = (shares ? 8 : 0) + (is_bound(t.subject) ? 4 : 0) +
                            (is_bound(t.object) ? 3 : 0) + (is_bound(t.predicate) ? 1 : 0);
          if (score > best_score) {
            best_score = score;
            best = static_cast<int>(i);
          }
        }
      }
      used[best] = true;
      const TriplePattern& t = triples[best];
      Rows next;
      if (!HashStep(t, seed, bound, current, g, next)) {
        for (const Row& row : current) {
          MatchTriple(t, row, g, next);
          CheckRows(next.size());
        }
      }
      current = std::move(next);
      for (const TermOrVar* x : {&t.subject, &t.predicate, &t.object}) {
        if (x->IsVar()) bound[x->var] = true;
      }
      if (g.kind == GraphCtx::Kind::kNamedVar) bound[g.var] = true;
      if (current.empty()) break;
    }
    return current;
  }

  // True when a store answers a lookup with these positions bound from an
  // index (Redland's hashes storage: (s,p), (p,o), (s,o); (s,p,o) is asked
  // as (s,p)); anything else is a scan of the whole graph.
  static bool Indexed(bool s, bool p, bool o) { return (s && p) || (p && o) || (s && o); }

  // The unused pattern with the fewest matches for `row` among those the
  // store answers from an index, or -1 when none is indexed. Fetches are
  // cached (the chosen one is not asked again) and capped at the best so
  // far; the cap grows 16-fold while no candidate fits.
  int SmallestIndexed(const std::vector<TriplePattern>& triples, const std::vector<bool>& used,
                      const Row& row, const GraphCtx& g) {
    std::vector<int> candidates;
    for (std::size_t i = 0; i < triples.size(); ++i) {
      if (used[i]) continue;
      const TriplePattern& t = triples[i];
      auto fixed = [&](const TermOrVar& x) { return !x.IsVar() || row[x.var] != kUnbound; };
      if (Indexed(fixed(t.subject), fixed(t.predicate), fixed(t.object))) {
        candidates.push_back(static_cast<int>(i));
      }
    }
    if (candidates.size() <= 1) return candidates.empty() ? -1 : candidates[0];
    for (std::size_t cap = 1024;; cap *= 16) {
      int best = -1;
      std::size_t best_size = 0;
      for (int i : candidates) {
        const Matches* m = Lookup(triples[i], row, g, best >= 0 ? best_size : cap);
        if (m != nullptr && (best < 0 || m->size() < best_size)) {
          best = i;
          best_size = m->size();
        }
      }
      if (best >= 0) return best;
    }
  }

  // Joins `rows` (all binding the variables `bound` says) with `t` by
  // fetching the matches of t's constants (and `seed`'s bindings) once and
  // indexing them on the positions the rows bind. Returns false, having
  // done nothing, when that lookup is not indexed, shares no variable with
  // the rows, or has more than kLookupCost matches per distinct binding
  // the rows would look up (an index nested loop is cheaper then).
  bool HashStep(const TriplePattern& t, const Row& seed, const std::vector<bool>& bound,
                const Rows& rows, const GraphCtx& g, Rows& out) {
    constexpr std::size_t kLookupCost = 8;
    constexpr std::size_t kMinLookups = 16;
    if (rows.size() < kMinLookups) return false;
    const TermOrVar* positions[3] = {&t.subject, &t.predicate, &t.object};
    bool fixed[3];
    std::vector<int> shared;  // positions bound by the rows, not by seed/constants
    for (int k = 0; k < 3; ++k) {
      const TermOrVar& x = *positions[k];
      fixed[k] = !x.IsVar() || seed[x.var] != kUnbound;
      if (!fixed[k] && bound[x.var]) shared.push_back(k);
    }
    if (shared.empty() || !Indexed(fixed[0], fixed[1], fixed[2])) return false;
    using Key = std::array<Id, 3>;
    struct KeyHash {
      std::size_t operator()(const Key& k) const {
        return (static_cast<std::size_t>(k[0]) * 1000003 ^ k[1]) * 1000003 ^ k[2];
      }
    };
    auto row_key = [&](const Row& r) {
      Key key{kUnbound, kUnbound, kUnbound};
      for (int k : shared) key[k] = r[positions[k]->var];
      return key;
    };
    std::unordered_set<Key, KeyHash> distinct;
    for (const Row& r : rows) distinct.insert(row_key(r));
    const Matches* all = Lookup(t, seed, g, distinct.size() * kLookupCost);
    if (all == nullptr) return false;
    std::unordered_map<Key, std::vector<std::uint32_t>, KeyHash> index;
    for (std::size_t j = 0; j < all->size(); ++j) {
      const auto& m = (*all)[j];
      Key key{kUnbound, kUnbound, kUnbound};
      for (int k : shared) key[k] = m[k];
      if (distinct.count(key) > 0) index[key].push_back(static_cast<std::uint32_t>(j));
    }
    for (const Row& row : rows) {
      auto it = index.find(row_key(row));
      if (it == index.end()) continue;
      for (std::uint32_t j : it->second) BindMatch(t, row, g, (*all)[j], out);
      CheckRows(out.size());
    }
    return true;
  }

  // Resolves a pattern position against a row: the constant, the bound
  // value, or nullptr (free).
  const Term* Resolve(const TermOrVar& x, const Row& row, Id* id) {
    if (!x.IsVar()) {
      *id = dict_.Intern(x.term);
      return &dict_.Get(*id);
    }
    *id = row[x.var];
    return *id == kUnbound ? nullptr : &dict_.Get(*id);
  }

  using Matches = std::vector<std::array<Id, 4>>;

  // The matches (s, p, o, graph) of `t` with the positions `row` fixes,
  // answered once per query from the store and then from the cache (the
  // same lookup repeats for many rows: each nomination's ceremony's
  // programme). Returns nullptr, caching nothing, when there are more than
  // `cap` matches. The pointer is valid until the next lookup.
  const Matches* Lookup(const TriplePattern& t, const Row& row, const GraphCtx& g,
                        std::size_t cap = static_cast<std::size_t>(-1)) {
    static const Matches kNone;
    Id sid, pid, oid;
    const Term* s = Resolve(t.subject, row, &sid);
    const Term* p = Resolve(t.predicate, row, &pid);
    const Term* o = Resolve(t.object, row, &oid);
    if ((s != nullptr && s->IsLiteral()) || (p != nullptr && !p->IsIri())) return &kNone;
    Id graph_bound = kUnbound;
    if (g.kind == GraphCtx::Kind::kNamedVar) graph_bound = row[g.var];
    const LookupKey key{static_cast<Id>(g.kind),
                        g.kind == GraphCtx::Kind::kNamed ? g.name : graph_bound,
                        s != nullptr ? sid : kUnbound, p != nullptr ? pid : kUnbound,
                        o != nullptr ? oid : kUnbound};
    auto cached = lookups_.find(key);
    if (cached != lookups_.end()) return cached->second.size() <= cap ? &cached->second : nullptr;
    auto larger = larger_than_.find(key);
    if (larger != larger_than_.end() && larger->second >= cap) return nullptr;
    Matches found;
    bool complete = true;
    Match(g, graph_bound, s, p, o, [&](Id a, Id b, Id c, Id graph) {
      found.push_back({a, b, c, graph});
      if (found.size() > cap) complete = false;
      return complete;
    });
    if (!complete) {
      larger_than_[key] = cap;
      return nullptr;
    }
    if (cached_entries_ + found.size() > kMaxCachedEntries) {
      lookups_.clear();
      cached_entries_ = 0;
    }
    cached_entries_ += found.size() + 1;
    return &lookups_.emplace(key, std::move(found)).first->second;
  }

  // Extends `row` by each match of `t` (index nested loop step).
  void MatchTriple(const TriplePattern& t, const Row& row, const GraphCtx& g, Rows& out) {
    for (const auto& m : *Lookup(t, row, g)) {
      Check();
      BindMatch(t, row, g, m, out);
    }
  }

  // Binds the variable `x` to `v` in `r` (a constant always agrees); false
  // when `x` is already bound to something else.
  static bool BindTerm(Row& r, const TermOrVar& x, Id v) {
    if (!x.IsVar()) return true;
    if (r[x.var] == kUnbound) {
      r[x.var] = v;
      return true;
    }
    return r[x.var] == v;
  }

  // Appends `row` extended by the match `m` of `t` when they agree.
  void BindMatch(const TriplePattern& t, const Row& row, const GraphCtx& g,
                 const std::array<Id, 4>& m, Rows& out) {
    Row r = row;
    if (!BindTerm(r, t.subject, m[0]) || !BindTerm(r, t.predicate, m[1]) ||
        !BindTerm(r, t.object, m[2])) {
      return;
    }
    const Id graph = m[3];
    if (g.kind == GraphCtx::Kind::kNamedVar && graph != kUnbound) {
      if (r[g.var] == kUnbound) {
        r[g.var] = graph;
      } else if (r[g.var] != graph) {
        return;
      }
    }
    out.push_back(std::move(r));
  }

  // ---------------------------------------------------------- property paths
  using Pairs = std::vector<std::pair<Id, Id>>;

  Rows EvalPathPattern(const Pattern& p, const Row& seed, const GraphCtx& g) {
    Id sid = kUnbound, oid = kUnbound;
    Resolve(p.path_subject, seed, &sid);
    Resolve(p.path_object, seed, &oid);
    // A variable takes only graph nodes (the zero-length path of an unbound
    // variable ranges over them); a constant matches itself regardless.
    if ((p.path_subject.IsVar() && sid != kUnbound && !InGraph(sid, g)) ||
        (p.path_object.IsVar() && oid != kUnbound && !InGraph(oid, g))) {
      return {};
    }
    const Pairs pairs = PathPairs(*p.path, sid, oid, g);
    Rows out;
    for (const auto& [a, b] : pairs) {
      Row r = seed;
      if (BindTerm(r, p.path_subject, a) && BindTerm(r, p.path_object, b)) {
        out.push_back(std::move(r));
      }
    }
    return out;
  }

  // True when `node` is a subject or object of the active graph.
  bool InGraph(Id node, const GraphCtx& g) {
    const Term& t = dict_.Get(node);
    bool found = false;
    const Id graph = g.kind == GraphCtx::Kind::kNamed ? g.name : kUnbound;
    if (!t.IsLiteral()) {
      Match(g, graph, &t, nullptr, nullptr, [&](Id, Id, Id, Id) { return !(found = true); });
    }
    if (!found) {
      Match(g, graph, nullptr, nullptr, &t, [&](Id, Id, Id, Id) { return !(found = true); });
    }
    return found;
  }

  // Every node (subject or object) of the active graph.
  std::vector<Id> GraphNodes(const GraphCtx& g) {
    std::unordered_set<Id> seen;
    std::vector<Id> out;
    Match(g, g.kind == GraphCtx::Kind::kNamed ? g.name : kUnbound, nullptr, nullptr, nullptr,
          [&](Id a, Id, Id c, Id) {
            if (seen.insert(a).second) out.push_back(a);
            if (seen.insert(c).second) out.push_back(c);
            return true;
          });
    return out;
  }

  // (start, end) pairs of `path`; s / o bound when not kUnbound.
  Pairs PathPairs(const PathExpr& path, Id s, Id o, const GraphCtx& g) {
    Check();
    switch (path.kind) {
      case PathKind::kLink: {
        Pairs out;
        const Term* st = s == kUnbound ? nullptr : &dict_.Get(s);
        const Term* ot = o == kUnbound ? nullptr : &dict_.Get(o);
        if (st != nullptr && st->IsLiteral()) return out;
        const Id pid = dict_.Intern(path.iri);
        const Term* pt = &dict_.Get(pid);
        Match(g, g.kind == GraphCtx::Kind::kNamed ? g.name : kUnbound, st, pt, ot,
              [&](Id a, Id, Id c, Id) {
                out.emplace_back(a, c);
                return true;
              });
        CheckRows(out.size());
        return out;
      }
      case PathKind::kInverse: {
        Pairs inner = PathPairs(*path.children[0], o, s, g);
        for (auto& pr : inner) std::swap(pr.first, pr.second);
        return inner;
      }
      case PathKind::kAlternative: {
        Pairs out = PathPairs(*path.children[0], s, o, g);
        Pairs more = PathPairs(*path.children[1], s, o, g);
        out.insert(out.end(), more.begin(), more.end());
        return out;
      }
      case PathKind::kSequence: {
        Pairs out;
        if (s != kUnbound || o == kUnbound) {
          Pairs first = PathPairs(*path.children[0], s, kUnbound, g);
          std::unordered_map<Id, Pairs> cache;
          for (const auto& [a, m] : first) {
            auto it = cache.find(m);
            if (it == cache.end())
              it = cache.emplace(m, PathPairs(*path.children[1], m, o, g)).first;
            for (const auto& [m2, b] : it->second) out.emplace_back(a, b);
            CheckRows(out.size());
          }
        } else {
          Pairs second = PathPairs(*path.children[1], kUnbound, o, g);
          std::unordered_map<Id, Pairs> cache;
          for (const auto& [m, b] : second) {
            auto it = cache.find(m);
            if (it == cache.end())
              it = cache.emplace(m, PathPairs(*path.children[0], s, m, g)).first;
            for (const auto& [a, m2] : it->second) out.emplace_back(a, b);
            CheckRows(out.size());
          }
        }
        return out;
      }
      case PathKind::kZeroOrOne: {
        std::set<std::pair<Id, Id>> seen;
        Pairs out;
        for (const auto& pr : ZeroLength(s, o, g)) {
          if (seen.insert(pr).second) out.push_back(pr);
        }
        for (const auto& pr : PathPairs(*path.children[0], s, o, g)) {
          if (seen.insert(pr).second) out.push_back(pr);
        }
        return out;
      }
      case PathKind::kZeroOrMore:
      case PathKind::kOneOrMore: {
        const bool zero = path.kind == PathKind::kZeroOrMore;
        const PathExpr& step = *path.children[0];
        Pairs out;
        if (s != kUnbound) {
          for (Id end : Reach(step, s, zero, true, g)) {
            if (o == kUnbound || end == o) out.emplace_back(s, end);
          }
          return out;
        }
        if (o != kUnbound) {
          for (Id start : Reach(step, o, zero, false, g)) out.emplace_back(start, o);
          return out;
        }
        for (Id node : GraphNodes(g)) {
          for (Id end : Reach(step, node, zero, true, g)) out.emplace_back(node, end);
          CheckRows(out.size());
        }
        return out;
      }
      case PathKind::kNegatedSet: {
        Pairs out;
        const Term* st = s == kUnbound ? nullptr : &dict_.Get(s);
        const Term* ot = o == kUnbound ? nullptr : &dict_.Get(o);
        auto excluded = [&](const std::vector<Term>& set, Id p) {
          const Term& t = dict_.Get(p);
          return std::find(set.begin(), set.end(), t) != set.end();
        };
        const bool forward = !path.forward.empty() || path.backward.empty();
        if (forward && !(st != nullptr && st->IsLiteral())) {
          Match(g, g.kind == GraphCtx::Kind::kNamed ? g.name : kUnbound, st, nullptr, ot,
                [&](Id a, Id p, Id c, Id) {
                  if (!excluded(path.forward, p)) out.emplace_back(a, c);
                  return true;
                });
        }
        if (!path.backward.empty() && !(ot != nullptr && ot->IsLiteral())) {
          Match(g, g.kind == GraphCtx::Kind::kNamed ? g.name : kUnbound, ot, nullptr, st,
                [&](Id a, Id p, Id c, Id) {
                  if (!excluded(path.backward, p)) out.emplace_back(c, a);
                  return true;
                });
        }
        return out;
      }
    }
    return {};
  }

  Pairs ZeroLength(Id s, Id o, const GraphCtx& g) {
    Pairs out;
    if (s != kUnbound && o != kUnbound) {
      if (s == o) out.emplace_back(s, s);
    } else if (s != kUnbound) {
      out.emplace_back(s, s);
    } else if (o != kUnbound) {
      out.emplace_back(o, o);
    } else {
      for (Id n : GraphNodes(g)) out.emplace_back(n, n);
    }
    return out;
  }

  // Nodes reachable from `start` by one or more (zero or more when `zero`)
  // steps of `step`, forwards or backwards; each node once (cycles stop).
  std::vector<Id> Reach(const PathExpr& step, Id start, bool zero, bool forward,
                        const GraphCtx& g) {
    std::unordered_set<Id> seen;
    std::vector<Id> out;
    std::vector<Id> frontier{start};
    if (zero) {
      seen.insert(start);
      out.push_back(start);
    }
    std::unordered_set<Id> expanded;
    while (!frontier.empty()) {
      std::vector<Id> next;
      for (Id node : frontier) {
        if (!expanded.insert(node).second) continue;
        const Pairs pairs =
            forward ? PathPairs(step, node, kUnbound, g) : PathPairs(step, kUnbound, node, g);
        for (const auto& [a, b] : pairs) {
          const Id other = forward ? b : a;
          if (seen.insert(other).second) out.push_back(other);
          if (!expanded.count(other)) next.push_back(other);
        }
      }
      frontier = std::move(next);
      CheckRows(out.size());
    }
    return out;
  }

  // ---------------------------------------------------------- grouping
  Rows EvalGroup(const Pattern& p, const GraphCtx& g) {
    const Row empty(width_, kUnbound);
    Rows rows = Eval(*p.left, empty, g);
    std::unordered_map<std::vector<Id>, std::size_t, IdsHash> index;
    std::vector<std::vector<Id>> keys;
    std::vector<std::vector<std::size_t>> members;
    if (p.group_exprs.empty()) {
      keys.emplace_back();
      members.emplace_back();
      for (std::size_t i = 0; i < rows.size(); ++i) members[0].push_back(i);
    } else {
      for (std::size_t i = 0; i < rows.size(); ++i) {
        Check();
        std::vector<Id> key;
        for (const ExprPtr& e : p.group_exprs) {
          const std::optional<Term> v = EvalExpr(*e, rows[i], g);
          key.push_back(v ? dict_.Intern(*v) : kUnbound);
        }
        auto [it, inserted] = index.emplace(key, keys.size());
        if (inserted) {
          keys.push_back(key);
          members.emplace_back();
        }
        members[it->second].push_back(i);
      }
    }
    Rows out;
    for (std::size_t k = 0; k < keys.size(); ++k) {
      Row r(width_, kUnbound);
      for (std::size_t i = 0; i < p.group_vars.size(); ++i) {
        if (p.group_vars[i] >= 0) r[p.group_vars[i]] = keys[k][i];
      }
      for (const Aggregate& a : p.aggregates) {
        const std::optional<Term> v = ComputeAggregate(a, rows, members[k], g);
        if (v) r[a.var] = dict_.Intern(*v);
      }
      out.push_back(std::move(r));
    }
    return out;
  }

  std::optional<Term> ComputeAggregate(const Aggregate& a, const Rows& rows,
                                       const std::vector<std::size_t>& members, const GraphCtx& g) {
    if (a.kind == AggregateKind::kCount && !a.expr) {
      if (!a.distinct) return IntegerTerm(static_cast<long long>(members.size()));
      std::unordered_set<Row, IdsHash> seen;
      for (std::size_t i : members) seen.insert(rows[i]);
      return IntegerTerm(static_cast<long long>(seen.size()));
    }
    // Values of the expression, errors left out (kept as nullopt for SUM/AVG/GROUP_CONCAT).
    std::vector<std::optional<Term>> values;
    std::unordered_set<Term, TermHash> seen;
    for (std::size_t i : members) {
      Check();
      std::optional<Term> v = EvalExpr(*a.expr, rows[i], g);
      if (a.distinct && v && !seen.insert(*v).second) continue;
      values.push_back(std::move(v));
    }
    switch (a.kind) {
      case AggregateKind::kCount: {
        long long n = 0;
        for (const auto& v : values) n += v.has_value();
        return IntegerTerm(n);
      }
      case AggregateKind::kSum:
      case AggregateKind::kAvg: {
        Term sum = IntegerTerm(0);
        long long n = 0;
        for (const auto& v : values) {
          if (!v) return std::nullopt;
          std::optional<Term> s = Arithmetic('+', sum, *v);
          if (!s) return std::nullopt;
          sum = std::move(*s);
          ++n;
        }
        if (a.kind == AggregateKind::kSum) return sum;
        if (n == 0) return IntegerTerm(0);
        return NumericDivide(sum, n);
      }
      case AggregateKind::kMin:
      case AggregateKind::kMax: {
        std::optional<Term> best;
        for (const auto& v : values) {
          if (!v) continue;
          if (!best) {
            best = v;
            continue;
          }
          const int c = OrderCompare(v, best);
          if ((a.kind == AggregateKind::kMin && c < 0) ||
              (a.kind == AggregateKind::kMax && c > 0)) {
            best = v;
          }
        }
        return best;
      }
      case AggregateKind::kSample:
        for (const auto& v : values) {
          if (v) return v;
        }
        return std::nullopt;
      case AggregateKind::kGroupConcat: {
        std::string out;
        bool first = true;
        for (const auto& v : values) {
          if (!v || !v->IsLiteral()) return std::nullopt;
          if (!first) out += a.separator;
          out += v->value;
          first = false;
        }
        return Term::Literal(out);
      }
    }
    return std::nullopt;
  }

  // ---------------------------------------------------------- expressions
  std::optional<Term> EvalExpr(const Expression& e, const Row& row, const GraphCtx& g) {
    switch (e.kind) {
      case ExprKind::kConstant:
        return e.constant;
      case ExprKind::kVariable:
        if (row[e.var] == kUnbound) return std::nullopt;
        return dict_.Get(row[e.var]);
      case ExprKind::kOr:
      case ExprKind::kAnd: {
        const bool is_or = e.kind == ExprKind::kOr;
        std::optional<bool> a, b;
        if (auto v = EvalExpr(*e.args[0], row, g)) a = EffectiveBooleanValue(*v);
        if (a && *a == is_or) return BooleanTerm(is_or);
        if (auto v = EvalExpr(*e.args[1], row, g)) b = EffectiveBooleanValue(*v);
        if (b && *b == is_or) return BooleanTerm(is_or);
        if (a && b) return BooleanTerm(!is_or);
        return std::nullopt;
      }
      case ExprKind::kNot: {
        auto v = EvalExpr(*e.args[0], row, g);
        if (!v) return std::nullopt;
        auto b = EffectiveBooleanValue(*v);
        if (!b) return std::nullopt;
        return BooleanTerm(!*b);
      }
      case ExprKind::kEqual:
      case ExprKind::kNotEqual: {
        auto a = EvalExpr(*e.args[0], row, g);
        auto b = EvalExpr(*e.args[1], row, g);
        if (!a || !b) return std::nullopt;
        auto eq = ValueEquals(*a, *b);
        if (!eq) return std::nullopt;
        return BooleanTerm(e.kind == ExprKind::kEqual ? *eq : !*eq);
      }
      case ExprKind::kLess:
      case ExprKind::kGreater:
      case ExprKind::kLessEqual:
      case ExprKind::kGreaterEqual: {
        auto a = EvalExpr(*e.args[0], row, g);
        auto b = EvalExpr(*e.args[1], row, g);
        if (!a || !b) return std::nullopt;
        auto c = ValueCompare(*a, *b);
        if (!c) return std::nullopt;
        switch (e.kind) {
          case ExprKind::kLess:
            return BooleanTerm(*c < 0);
          case ExprKind::kGreater:
            return BooleanTerm(*c > 0);
          case ExprKind::kLessEqual:
            return BooleanTerm(*c <= 0);
          default:
            return BooleanTerm(*c >= 0);
        }
      }
      case ExprKind::kIn:
      case ExprKind::kNotIn: {
        auto a = EvalExpr(*e.args[0], row, g);
        if (!a) return std::nullopt;
        bool error = false;
        for (std::size_t i = 1; i < e.args.size(); ++i) {
          auto b = EvalExpr(*e.args[i], row, g);
          if (!b) {
            error = true;
            continue;
          }
          auto eq = ValueEquals(*a, *b);
          if (!eq) {
            error = true;
          } else if (*eq) {
            return BooleanTerm(e.kind == ExprKind::kIn);
          }
        }
        if (error) return std::nullopt;
        return BooleanTerm(e.kind == ExprKind::kNotIn);
      }
      case ExprKind::kAdd:
      case ExprKind::kSubtract:
      case ExprKind::kMultiply:
      case ExprKind::kDivide: {
        auto a = EvalExpr(*e.args[0], row, g);
        auto b = EvalExpr(*e.args[1], row, g);
        if (!a || !b) return std::nullopt;
        const char op = e.kind == ExprKind::kAdd        ? '+'
                        : e.kind == ExprKind::kSubtract ? '-'
                        : e.kind == ExprKind::kMultiply ? '*'
                                                        : '/';
        return Arithmetic(op, *a, *b);
      }
      case ExprKind::kUnaryPlus:
      case ExprKind::kUnaryMinus: {
        auto a = EvalExpr(*e.args[0], row, g);
        if (!a) return std::nullopt;
        return e.kind == ExprKind::kUnaryMinus ? Negate(*a) : UnaryPlus(*a);
      }
      case ExprKind::kExists:
      case ExprKind::kNotExists: {
        // The answer depends on the row only through the variables the
        // pattern mentions (and the active graph): asked once per binding.
        const Mentions& m = MentionedVars(*e.pattern);
        std::vector<Id> key{static_cast<Id>(g.kind), g.name, g.var >= 0 ? row[g.var] : kUnbound};
        for (int v : m.vars) key.push_back(row[v]);
        auto& memo = exists_[e.pattern.get()];
        if (m.deterministic) {
          auto it = memo.find(key);
          if (it != memo.end()) return BooleanTerm(it->second == (e.kind == ExprKind::kExists));
        }
        ++substitute_;
        Rows r;
        try {
          r = Eval(*e.pattern, row, g);
        } catch (...) {
          --substitute_;
          throw;
        }
        --substitute_;
        if (m.deterministic) memo.emplace(std::move(key), !r.empty());
        return BooleanTerm(r.empty() == (e.kind == ExprKind::kNotExists));
      }
      case ExprKind::kFunction: {
        std::vector<Term> args;
        for (const ExprPtr& a : e.args) {
          auto v = EvalExpr(*a, row, g);
          if (!v) return std::nullopt;
          args.push_back(std::move(*v));
        }
        return CallFunction(e.name, args);
      }
      case ExprKind::kBuiltin:
        return EvalBuiltin(e, row, g);
    }
    return std::nullopt;
  }

  std::optional<Term> EvalBuiltin(const Expression& e, const Row& row, const GraphCtx& g) {
    const std::string& name = e.name;
    if (name == "BOUND") return BooleanTerm(row[e.args[0]->var] != kUnbound);
    if (name == "IF") {
      auto c = EvalExpr(*e.args[0], row, g);
      if (!c) return std::nullopt;
      auto b = EffectiveBooleanValue(*c);
      if (!b) return std::nullopt;
      return EvalExpr(*e.args[*b ? 1 : 2], row, g);
    }
    if (name == "COALESCE") {
      for (const ExprPtr& a : e.args) {
        if (auto v = EvalExpr(*a, row, g)) return v;
      }
      return std::nullopt;
    }
    if (name == "NOW") {
      if (!now_) {
        const std::time_t t = std::time(nullptr);
        std::tm tm{};
        gmtime_r(&t, &tm);
        char buf[32];
        std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
        now_ = Term::Typed(buf, XsdIri("dateTime"));
      }
      return now_;
    }
    if (name == "RAND") {
      std::uniform_real_distribution<double> d(0.0, 1.0);
      char buf[64];
      std::snprintf(buf, sizeof buf, "%.17gE0", d(random_));
      return Term::Typed(std::to_string(d(random_)), XsdIri("double"));
    }
    if (name == "UUID" || name == "STRUUID") {
      std::uniform_int_distribution<int> d(0, 15);
      static const char kHex[] = "0123456789abcdef";
      std::string u;
      for (int i = 0; i < 32; ++i) {
        int x = d(random_);
        if (i == 12) x = 4;
        if (i == 16) x = 8 + (x & 3);
        u += kHex[x];
        if (i == 7 || i == 11 || i == 15 || i == 19) u += '-';
      }
      return name == "UUID" ? Term::Iri("urn:uuid:" + u) : Term::Literal(u);
    }
    std::vector<Term> args;
    for (const ExprPtr& a : e.args) {
      auto v = EvalExpr(*a, row, g);
      if (!v) return std::nullopt;
      args.push_back(std::move(*v));
    }
    if (name == "BNODE") {
      if (args.empty()) return Term::Blank(kMintedPrefix + std::to_string(++blank_counter_));
      if (!args[0].IsLiteral() || !args[0].language.empty() ||
          (!args[0].datatype.empty() && args[0].datatype != XsdIri("string"))) {
        return std::nullopt;
      }
      // One blank node per string and solution; the solution is told by its
      // values other than blank nodes BNODE() minted (an earlier BIND's).
      std::string key = args[0].value + "|";
      for (Id x : row) {
        const Term& t = dict_.Get(x);
        const bool minted = t.IsBlank() && t.value.rfind(kMintedPrefix, 0) == 0;
        key += std::to_string(minted ? 0 : x) + ",";
      }
      auto it = bnodes_.find(key);
      if (it == bnodes_.end()) {
        it = bnodes_.emplace(key, Term::Blank(kMintedPrefix + std::to_string(++blank_counter_)))
                 .first;
      }
      return it->second;
    }
    if (name == "IRI") {
      if (args[0].IsIri()) return args[0];
      if (!args[0].IsLiteral() || !args[0].language.empty() ||
          (!args[0].datatype.empty() && args[0].datatype != XsdIri("string"))) {
        return std::nullopt;
      }
      return Term::Iri(ResolveIri(query_.base_iri, args[0].value));
    }
    return CallBuiltin(name, args);
  }

  // ---------------------------------------------------------- CONSTRUCT / DESCRIBE
  std::vector<Triple> Construct(const Rows& rows) {
    std::vector<Triple> out;
    std::set<Triple> seen;
    std::size_t n = 0;
    for (const Row& row : rows) {
      ++n;
      for (const TriplePattern& t : query_.construct_template) {
        std::optional<Term> parts[3];
        const TermOrVar* positions[3] = {&t.subject, &t.predicate, &t.object};
        bool ok = true;
        for (int k = 0; k < 3; ++k) {
          const TermOrVar& x = *positions[k];
          if (x.IsVar()) {
            if (row[x.var] == kUnbound) {
              ok = false;
              break;
            }
            parts[k] = dict_.Get(row[x.var]);
          } else if (x.term.IsBlank()) {
            parts[k] = Term::Blank("c" + std::to_string(n) + "_" + x.term.value);
          } else {
            parts[k] = x.term;
          }
        }
        if (!ok || parts[0]->IsLiteral() || !parts[1]->IsIri()) continue;
        Triple triple{*parts[0], *parts[1], *parts[2]};
        if (seen.insert(triple).second) out.push_back(std::move(triple));
      }
    }
    return out;
  }

  std::vector<Triple> Describe(const Rows& rows) {
    std::vector<Id> resources;
    std::unordered_set<Id> seen;
    auto add = [&](Id id) {
      if (id != kUnbound && !dict_.Get(id).IsLiteral() && seen.insert(id).second) {
        resources.push_back(id);
      }
    };
    for (const TermOrVar& t : query_.describe_targets) {
      if (!t.IsVar()) add(dict_.Intern(t.term));
    }
    std::vector<int> vars;
    if (query_.describe_all) {
      for (int v : InScopeVariables(*query_.pattern)) {
        if (query_.variables[v].rfind("_:", 0) != 0) vars.push_back(v);
      }
    } else {
      for (const TermOrVar& t : query_.describe_targets) {
        if (t.IsVar()) vars.push_back(t.var);
      }
    }
    for (const Row& row : rows) {
      for (int v : vars) add(row[v]);
    }
    // Concise bounded description: the resource's triples, and those of
    // blank nodes reached from them.
    std::vector<Triple> out;
    std::set<Triple> emitted;
    for (std::size_t i = 0; i < resources.size(); ++i) {
      const Term subject = dict_.Get(resources[i]);
      Match(GraphCtx{}, kUnbound, &subject, nullptr, nullptr, [&](Id a, Id b, Id c, Id) {
        Triple t{dict_.Get(a), dict_.Get(b), dict_.Get(c)};
        if (emitted.insert(t).second) out.push_back(std::move(t));
        if (dict_.Get(c).IsBlank() && seen.insert(c).second) resources.push_back(c);
        return true;
      });
    }
    return out;
  }

  const ParsedQuery& query_;
  const TripleSource& source_;
  const QueryControl& control_;
  const std::size_t width_;
  Dictionary dict_;
  bool custom_dataset_ = false;
  std::vector<Id> from_;
  std::vector<Id> named_;
  bool named_known_ = false;
  std::unordered_set<Id> named_set_;
  int substitute_ = 0;
  std::uint64_t ticks_ = 0;
  std::optional<Term> now_;
  std::mt19937_64 random_{std::random_device{}()};
  std::unordered_map<std::string, Term> bnodes_;
  // Rewritten filters (PushFilterIntoLeftJoin), by original node.
  std::unordered_map<const Pattern*, PatternPtr> pushed_;
  // MentionedVars and AntiJoinOf answers, by node.
  std::unordered_map<const Pattern*, Mentions> mentions_;
  std::unordered_map<const Pattern*, AntiJoin> anti_joins_;
  // EXISTS answers by pattern, then by (graph, mentioned variables' values).
  std::unordered_map<const Pattern*, std::unordered_map<std::vector<Id>, bool, IdsHash>> exists_;
  // Triple lookups answered so far: (graph kind, graph, s, p, o) -> matches.
  using LookupKey = std::array<Id, 5>;
  struct LookupHash {
    std::size_t operator()(const LookupKey& k) const {
      std::size_t h = 0;
      for (Id x : k) h = h * 1000003 ^ x;
      return h;
    }
  };
  static constexpr std::size_t kMaxCachedEntries = 4'000'000;
  std::unordered_map<LookupKey, std::vector<std::array<Id, 4>>, LookupHash> lookups_;
  std::size_t cached_entries_ = 0;
  // Lookups stopped at a cap: key -> the cap they exceeded.
  std::unordered_map<LookupKey, std::size_t, LookupHash> larger_than_;
  unsigned long blank_counter_ = 0;
};

}  // namespace

QueryResult EvaluateQuery(const ParsedQuery& query, const TripleSource& source,
                          const QueryControl& control) {
  Engine engine(query, source, control);
  return engine.Run();
}

}  // namespace awardgraph::query::sparql
