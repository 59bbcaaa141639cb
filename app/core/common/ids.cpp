#include "core/common/ids.h"

#include <QRandomGenerator>

namespace core {

QString newId()
{
    quint32 words[3];
    QRandomGenerator::system()->fillRange(words);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(words), sizeof words).toHex());
}

bool looksLikeId(const QString &text)
{
    if (text.isEmpty() || text.size() > 64)
        return false;
    for (QChar c : text) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != QLatin1Char('_') && c != QLatin1Char('-'))
            return false;
    }
    return true;
}

} // namespace core
