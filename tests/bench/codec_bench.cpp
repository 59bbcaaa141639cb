// Throughput of our binary codec on a corpus of frames (one hex frame per line, as written by
// codec-bench.mjs). Prints one JSON line per operation so the script can put it beside the
// reference client's figures from the same run:
//   codec_bench CORPUS [seconds] [decode|encode]   (the last argument runs only one operation)
#include "wa/binary/decoder.h"
#include "wa/binary/encoder.h"

#include <QByteArray>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

using namespace wa::binary;

namespace {

using Clock = std::chrono::steady_clock;

constexpr int kRounds = 5;

// Best of kRounds timed rounds: on a shared machine the fastest round is the one least disturbed
// by other processes, and the reference side is measured the same way.
template<typename Body>
void measure(const char *op, double seconds, std::size_t nodesPerPass, std::size_t bytesPerPass, Body body)
{
    // Warm caches and the allocator first, then run whole passes until the round's time is up.
    for (int i = 0; i < 3; ++i)
        body();
    double best = 0;
    std::size_t totalPasses = 0;
    for (int round = 0; round < kRounds; ++round) {
        std::size_t passes = 0;
        const auto start = Clock::now();
        double elapsed = 0;
        do {
            body();
            ++passes;
            elapsed = std::chrono::duration<double>(Clock::now() - start).count();
        } while (elapsed < seconds / kRounds);
        best = std::max(best, double(passes) / elapsed);
        totalPasses += passes;
    }
    const double nodes = best * double(nodesPerPass);
    const double mb = best * double(bytesPerPass) / 1e6;
    std::printf("{\"impl\":\"wamulti\",\"op\":\"%s\",\"nodesPerSec\":%.0f,\"mbPerSec\":%.2f,\"passes\":%zu}\n", op, nodes,
                mb, totalPasses);
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: codec_bench CORPUS [seconds]\n");
        return 2;
    }
    const double seconds = argc > 2 ? std::stod(argv[2]) : 2.0;
    const std::string only = argc > 3 ? argv[3] : "";
    std::ifstream in(argv[1]);
    std::vector<QByteArray> frames;
    std::size_t totalBytes = 0;
    for (std::string line; std::getline(in, line);) {
        if (line.empty())
            continue;
        frames.push_back(QByteArray::fromHex(QByteArray::fromStdString(line)));
        totalBytes += std::size_t(frames.back().size());
    }
    const Decoder decoder;
    std::vector<Node> nodes;
    for (const QByteArray &frame : frames) {
        Result<Node> node = decoder.decodeFrame(frame);
        if (!node) {
            std::fprintf(stderr, "corpus frame does not decode: %s\n", errorCodeName(node.error().code));
            return 1;
        }
        nodes.push_back(std::move(*node));
    }

    std::size_t sink = 0;
    if (only.empty() || only == "decode")
        measure("decode", seconds, frames.size(), totalBytes, [&] {
            for (const QByteArray &frame : frames)
                sink += decoder.decodeFrame(frame)->attributes().size();
        });
    if (only.empty() || only == "encode")
        measure("encode", seconds, nodes.size(), totalBytes, [&] {
            for (const Node &node : nodes)
                sink += std::size_t(Encoder::encodeFrame(node)->size());
        });
    std::fprintf(stderr, "(checksum %zu)\n", sink);
    return 0;
}
