// options.cc — ParseArgs and ResolveStore.
#include "cli/options.h"

namespace awardgraph::cli {

std::optional<std::string> ParsedArgs::Value(const std::string& name) const {
  const auto it = values.find(name);
  if (it == values.end()) return std::nullopt;
  return it->second;
}

ParsedArgs ParseArgs(const std::vector<std::string>& args, const std::vector<OptionSpec>& specs) {
  ParsedArgs parsed;
  bool options_ended = false;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (options_ended || arg == "-" || !arg.starts_with("-")) {
      parsed.positional.push_back(arg);
      continue;
    }
    if (arg == "--") {
      options_ended = true;
      continue;
    }
    if (arg == "-h" || arg == "--help") {
      parsed.flags.insert("--help");
      continue;
    }
    const std::size_t equals = arg.find('=');
    const std::string name = arg.substr(0, equals);
    const OptionSpec* spec = nullptr;
    for (const OptionSpec& s : specs) {
      if (s.name == name) spec = &s;
    }
    if (spec == nullptr) throw UsageError("unknown option " + name);
    if (!spec->takes_value) {
      if (equals != std::string::npos) throw UsageError(name + " takes no value");
      parsed.flags.insert(name);
    } else if (equals != std::string::npos) {
      parsed.values[name] = arg.substr(equals + 1);
    } else if (i + 1 < args.size()) {
      parsed.values[name] = args[++i];
    } else {
      throw UsageError(name + " needs a value");
    }
  }
  return parsed;
}

std::string ResolveStore(const std::optional<std::string>& flag, const char* env_value) {
  if (flag) {
    if (flag->empty()) throw UsageError("--store needs a non-empty value");
    return *flag;
  }
  if (env_value != nullptr && *env_value != '\0') return env_value;
  return "./awardgraph-store";
}

}  // namespace awardgraph::cli
