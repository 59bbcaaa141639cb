#!/usr/bin/env bash
# Layering check (architecture.md): wamulti-server links no QtWidgets/QtGui; app/wa includes no
# SQL/HTTP-server/GUI header; app/core includes no GUI header. Prints every violation.
set -u
server=$1; src=$2; bad=0
if ldd "$server" | grep -E 'libQt6(Gui|Widgets)' ; then
  echo "FAIL: wamulti-server links QtGui/QtWidgets"; bad=1
fi
if grep -rnE '#include *[<"](QtSql|QSql[A-Za-z]*|QtHttpServer|QHttpServer[A-Za-z]*|QAbstractHttpServer|QtGui|QtWidgets|QWidget|QImage|QPixmap|QPainter)' "$src/app/wa"; then
  echo "FAIL: app/wa includes SQL, HTTP-server or GUI headers"; bad=1
fi
if grep -rnE '#include *[<"](QtGui|QtWidgets|QWidget|QImage|QPixmap|QPainter|QColor|QApplication|QGuiApplication)' "$src/app/core"; then
  echo "FAIL: app/core includes GUI headers"; bad=1
fi
if grep -rnE '#include *"(core|ui|sandbox)/' "$src/app/wa"; then
  echo "FAIL: app/wa includes an upper layer"; bad=1
fi
if grep -rnE '#include *"ui/' "$src/app/core"; then
  echo "FAIL: app/core includes ui"; bad=1
fi
[ $bad = 0 ] && echo "layers OK"
exit $bad
