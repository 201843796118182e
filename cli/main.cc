// main.cc — the awardgraph executable: hands argv to RunApp (see app.h).
#include <unistd.h>

#include <iostream>

#include "cli/app.h"

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  awardgraph::cli::CommandIo io{std::cout, std::cerr, isatty(STDOUT_FILENO) != 0};
  const int code = awardgraph::cli::RunApp(std::vector<std::string>(argv + 1, argv + argc), io);
  std::cout.flush();
  if (!std::cout) {
    std::cerr << "awardgraph: writing the output failed\n";
    return awardgraph::cli::kExitFailure;
  }
  return code;
}
