// read_bench.cc — how fast are saved web pages read (ExtractHtmlArticle: gumbo's
// HTML5 parse plus the article heuristics)?
//
// Times ExtractHtmlArticle on each page given (default: the saved news page
// fixture, tests/data/readers/news_page.html), repeated until at least 20 MB
// have been read, and on a generated page of --megabytes MB (5 by default) of
// article paragraphs, once. Prints CPU milliseconds per page and MB/s of HTML.
//
// Usage:
//   read_bench [--megabytes M] [PAGE.html ...]
#include <time.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "loaders/read/html_extractor.h"

#ifndef AWARDGRAPH_READERS_DIR
#define AWARDGRAPH_READERS_DIR "tests/data/readers"
#endif

namespace {

double CpuSeconds() {
  timespec now;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
  return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) / 1e9;
}

// Reads `html` `times` times and prints the figures under `name`.
void Time(const std::string& name, const std::string& html, std::size_t times) {
  std::size_t text_bytes = 0;
  const double start = CpuSeconds();
  for (std::size_t i = 0; i < times; ++i) {
    text_bytes = awardgraph::loaders::ExtractHtmlArticle(html).text.size();
  }
  const double per_page = (CpuSeconds() - start) / static_cast<double>(times);
  std::printf("%-40s %9zu bytes x%-5zu %10.3f ms cpu/page %8.2f MB/s  (%zu bytes of text)\n",
              name.c_str(), html.size(), times, per_page * 1e3,
              static_cast<double>(html.size()) / per_page / 1e6, text_bytes);
}

}  // namespace

int main(int argc, char** argv) {
  std::size_t megabytes = 5;
  std::vector<std::string> pages;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--megabytes" && i + 1 < argc) {
      megabytes = std::strtoul(argv[++i], nullptr, 10);
    } else if (arg.rfind("--", 0) == 0) {
      std::fprintf(stderr, "usage: read_bench [--megabytes M] [PAGE.html ...]\n");
      return 2;
    } else {
      pages.push_back(arg);
    }
  }
  if (pages.empty()) pages.push_back(std::string(AWARDGRAPH_READERS_DIR) + "/news_page.html");
  for (const std::string& path : pages) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      std::fprintf(stderr, "read_bench: cannot open %s\n", path.c_str());
      return 1;
    }
    std::stringstream buffer;
    buffer << in.rdbuf();
    const std::string html = buffer.str();
    Time(path, html, std::max<std::size_t>(1, 20'000'000 / std::max<std::size_t>(1, html.size())));
  }
  std::string big = "<title>Big page | Site</title><body><article>";
  const std::string paragraph =
      "<p>Northfield Teaching Hospitals NHS Foundation Trust won the <b>Patient Safety</b> "
      "award at the <a href=\"/hsj\">HSJ awards</a> &ndash; again.</p>\n";
  while (big.size() < megabytes * 1024 * 1024) big += paragraph;
  big += "</article></body>";
  Time("generated page", big, 1);
  return 0;
}
