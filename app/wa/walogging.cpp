#include "walogging.h"

Q_LOGGING_CATEGORY(lcWaBinary, "wa.binary", QtInfoMsg)
Q_LOGGING_CATEGORY(lcWaSocket, "wa.socket", QtInfoMsg)
Q_LOGGING_CATEGORY(lcWaHandshake, "wa.handshake", QtInfoMsg)
Q_LOGGING_CATEGORY(lcWaSignal, "wa.signal", QtInfoMsg)
Q_LOGGING_CATEGORY(lcWaClient, "wa.client", QtInfoMsg)
