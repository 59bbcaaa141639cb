#pragma once
// What both executables print on start: where the API is and how to log in.
#include <QString>

namespace core::runtime {
class AppRuntime;
QString startupBanner(const AppRuntime &runtime);
} // namespace core::runtime
