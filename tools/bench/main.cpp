// vitrine-bench [--queries-out PREFIX]: native figures for packing pages, loading JSON and
// searching generated catalogues of 10k and 100k products, found@10, and the memory products
// take (100,000 generated ones, and 1,000,000 small ones of an id and a title). Prints figures;
// asserts nothing.
// The catalogues are generate_realistic_catalogue's (seed 42), as vitrine-generate writes them.
// --queries-out PREFIX writes the queries to PREFIX-10000.txt and PREFIX-100000.txt for bench/,
// one per line as "product index<TAB>query".
#include <malloc.h>
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <ctime>
#include <cstdio>
#include <fstream>
#include <string>

#include "realistic_catalogue.hpp"
#include "core/catalogue.hpp"
#include "core/page_writer.hpp"
#include "core/search/search.hpp"
#include "keystroke_log.hpp"

namespace {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point start) { return std::chrono::duration<double>(Clock::now() - start).count(); }

// This thread's CPU time: on a shared machine, wall time also counts the other programs' turns.
double cpu_ms() {
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}

long peak_rss_mb() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

// The bytes allocated and not yet freed. (Resident memory would not tell: what was freed before
// stays resident and is reused.)
double heap_bytes() { return static_cast<double>(mallinfo2().uordblks + mallinfo2().hblkhd); }

// What the loaded catalogue and its index take, against the JSON they were read from (the JSON
// text itself not counted).
void bench_memory(std::size_t count, bool small) {
    std::string json;
    if (small) {  // {"id":"7","title":"Hose 7"}: what a minimal export holds
        json = R"({"schema":"vitrine.catalogue/1","products":[)";
        for (std::size_t i = 0; i < count; ++i) json += (i ? "," : "") + std::string(R"({"id":")") + std::to_string(i) + R"(","title":"Hose )" + std::to_string(i) + "\"}";
        json += "]}";
    } else {
        json = vitrine::write_catalogue_json(vitrine::tools::generate_realistic_catalogue(count, 42).products);
    }
    const double before = heap_bytes();
    const vitrine::Catalogue loaded = vitrine::read_catalogue_json(json, "bench.json");
    const vitrine::SearchIndex index(loaded.products);
    const double held = heap_bytes() - before;
    std::printf("%7zu %s products | JSON %7.1f MB | catalogue + index %7.1f MB | %6.0f bytes per product | %.2f times the JSON\n",
                count, small ? "small    " : "generated", static_cast<double>(json.size()) / 1e6, held / 1e6,
                held / static_cast<double>(count), held / static_cast<double>(json.size()));
}

double percentile(std::vector<double> values, double p) {
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, static_cast<std::size_t>(p * static_cast<double>(values.size())))];
}

void bench_size(std::size_t count, const std::string& queries_out) {
    const vitrine::Catalogue generated = vitrine::tools::generate_realistic_catalogue(count, 42);
    const std::vector<vitrine::Product>& products = generated.products;

    std::vector<std::string> pages;
    std::size_t page_bytes = 0;
    for (const auto& p : products) {
        pages.push_back(vitrine::write_product_page(p));
        page_bytes += pages.back().size();
    }
    auto start = Clock::now();
    std::size_t parsed = 0;
    for (const std::string& page : pages) parsed += vitrine::parse_product_page(page, "bench.md").products.size();
    const double pack_s = seconds_since(start);

    const std::string json = vitrine::write_catalogue_json(products);
    start = Clock::now();
    const vitrine::Catalogue loaded = vitrine::read_catalogue_json(json, "bench.json");
    const double load_s = seconds_since(start);

    start = Clock::now();
    const vitrine::SearchIndex index(loaded.products);
    const double index_s = seconds_since(start);

    const auto queries = vitrine::tools::realistic_queries(loaded.products, 300, 7);
    const auto log = vitrine::tools::keystrokes(queries);
    if (!queries_out.empty()) {
        std::ofstream out(queries_out + "-" + std::to_string(count) + ".txt");
        for (const auto& q : queries) out << q.target << '\t' << q.text << '\n';
    }
    std::vector<double> times, cpu_times;
    vitrine::SearchRequest request;
    request.limit = 50;  // a screenful and a bit: what the viewer shows at once
    for (const std::string& typed : log) {
        request.query = typed;
        const auto t = Clock::now();
        const double cpu = cpu_ms();
        const auto result = index.search(request);
        cpu_times.push_back(cpu_ms() - cpu);
        times.push_back(seconds_since(t) * 1000.0);
        if (result.total > loaded.products.size()) std::abort();
    }
    // found@10: the whole query typed, is the product it was made from among the first ten?
    std::size_t found = 0;
    request.limit = 10;
    for (const auto& q : queries) {
        request.query = q.text;
        for (const vitrine::Hit& hit : index.search(request).hits) found += hit.product == q.target ? 1 : 0;
    }
    std::printf("%7zu products | found@10 %.1f %% | pack pages %6.1f MB/s (%zu parsed) | load JSON %9.0f products/s | index %6.2f s | "
                "index %.0f MB | query median / p99: wall %.3f / %.3f ms, CPU %.3f / %.3f ms (%zu keystrokes) | peak RSS %ld MB\n",
                count, 100.0 * static_cast<double>(found) / static_cast<double>(queries.size()), static_cast<double>(page_bytes) / 1e6 / pack_s, parsed, static_cast<double>(count) / load_s, index_s,
                static_cast<double>(index.memory_bytes()) / 1e6, percentile(times, 0.5), percentile(times, 0.99),
                percentile(cpu_times, 0.5), percentile(cpu_times, 0.99), log.size(), peak_rss_mb());
}

}  // namespace

int main(int argc, char** argv) {
    std::string queries_out;
    for (int i = 1; i + 1 < argc; ++i) {
        if (std::string(argv[i]) == "--queries-out") queries_out = argv[i + 1];
    }
    std::printf("vitrine native benchmark (generated catalogues, seed 42)\n");
    bench_size(10000, queries_out);
    bench_size(100000, queries_out);
    std::printf("memory (allocated, after loading and indexing)\n");
    // 1,000,000 realistic products would be 3 GB of JSON: their memory per product is the 100,000's.
    bench_memory(100'000, false);
    bench_memory(1'000'000, true);
    return 0;
}
