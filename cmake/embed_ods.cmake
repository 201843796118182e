# Generates ods_data.cc defining kOdsTrustsCsv and kOdsIcbsCsv from the CSVs.
# Invoked as: cmake -DTRUSTS=... -DICBS=... -DOUT=... -P embed_ods.cmake
file(READ "${TRUSTS}" trusts)
file(READ "${ICBS}" icbs)
file(WRITE "${OUT}" "// Generated from data/nhs-ods by cmake/embed_ods.cmake. Do not edit.\n"
  "#include \"loaders/extract/ods_data.h\"\n"
  "namespace awardgraph::loaders {\n"
  "const std::string_view kOdsTrustsCsv = R\"ODSCSV(${trusts})ODSCSV\";\n"
  "const std::string_view kOdsIcbsCsv = R\"ODSCSV(${icbs})ODSCSV\";\n"
  "}  // namespace awardgraph::loaders\n")
