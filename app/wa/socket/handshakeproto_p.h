#pragma once
// Private: the generated handshake protobuf code, for wa::socket's .cpp files, tests and
// fuzzers only. Never include this from a public header (architecture rule 3).
//
// protobuf_generate names the output after the .proto's path relative to the first import
// root, so depending on the CMake setup it is "handshake.pb.h" or "proto/handshake.pb.h".
#if __has_include("handshake.pb.h")
#include "handshake.pb.h"
#else
#include "proto/handshake.pb.h"
#endif
