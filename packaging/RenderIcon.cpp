// Renders the application icon (an SVG) into the PNG sizes of the hicolor icon theme, for desktops that want
// bitmaps: syncsites-render-icon ICON.svg OUTDIR NAME SIZE... writes OUTDIR/SIZExSIZE/apps/NAME.png.
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char** argv)
{
    // No application object: painting an SVG without text into an image needs neither a platform nor fonts.
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args.append(QString::fromLocal8Bit(argv[i]));
    if (args.size() < 5) {
        std::fprintf(stderr, "usage: syncsites-render-icon ICON.svg OUTDIR NAME SIZE...\n");
        return 64;
    }
    QSvgRenderer svg(args.at(1));
    if (!svg.isValid()) {
        std::fprintf(stderr, "syncsites-render-icon: cannot read %s as SVG\n", qPrintable(args.at(1)));
        return 1;
    }
    for (int i = 4; i < args.size(); ++i) {
        bool ok = false;
        const int size = args.at(i).toInt(&ok);
        if (!ok || size < 8 || size > 1024) {
            std::fprintf(stderr, "syncsites-render-icon: %s is not a size in pixels\n", qPrintable(args.at(i)));
            return 64;
        }
        const QString folder = QStringLiteral("%1/%2x%2/apps").arg(args.at(2)).arg(size);
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        svg.render(&painter);
        painter.end();
        const QString file = QStringLiteral("%1/%2.png").arg(folder, args.at(3));
        if (!QDir().mkpath(folder) || !image.save(file)) {
            std::fprintf(stderr, "syncsites-render-icon: cannot write %s\n", qPrintable(file));
            return 1;
        }
    }
    return 0;
}
