#pragma once
// JSON shapes of chat history and contacts, as ../shared/spec/api-reference.md shows them.
#include "core/store/contactrepository.h"
#include "core/store/messagerepository.h"

namespace core::api {

class JsonWriter;

// `baseUrl` ("http://127.0.0.1:3000") makes a stored relative mediaUrl absolute.
void writeMessage(JsonWriter &w, const store::MessageRecord &m, const QString &baseUrl);
void writeContact(JsonWriter &w, const store::ContactRecord &c);
QString displayName(const store::ContactRecord &c);

} // namespace core::api
