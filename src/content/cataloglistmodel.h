// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

Q_MOC_INCLUDE("content/catalog.h")

namespace unknot {

class Catalog;

// A list model that shows part of the catalog: it holds the catalog QML hands it and rebuilds
// its rows whenever that catalog changes or (re)loads. Subclasses name it with its namespace
// (unknot::CatalogListModel): Qt 6.4's type registrar only links a QML type to its base that way.
class CatalogListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(unknot::Catalog *catalog READ catalog WRITE setCatalog NOTIFY catalogChanged)

public:
    using QAbstractListModel::QAbstractListModel;

    Catalog *catalog() const { return m_catalog; }
    void setCatalog(Catalog *catalog);

signals:
    void catalogChanged();

protected:
    // Rebuilds the rows from catalog() (which may be null).
    virtual void reload() = 0;

private:
    QPointer<Catalog> m_catalog;
};

} // namespace unknot
