#pragma once
// Reading and validating the webhook part of instance create/update bodies, flat (create, as in
// the spec) or nested under "webhookSettings" (update, as in the spec); both are accepted on
// both, nested values winning.
#include "core/store/records.h"

#include <QJsonObject>
#include <optional>

namespace core::api {

struct WebhookInput {
    std::optional<QString> url; // "" = clear
    std::optional<bool> enabled;
    std::optional<QString> secret; // "" = clear
};

// Applies the body's webhook fields to `record` and returns the URL/enabled/secret changes.
WebhookInput applyWebhookFields(const QJsonObject &body, store::InstanceRecord &record);

// http(s) only, a host, no user:password@, at most 2048 characters. Returns the problem or nullopt.
std::optional<QString> webhookUrlProblem(const QString &url);

} // namespace core::api
