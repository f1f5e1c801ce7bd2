#include "MainWindow.h"

#include "DemoNetwork.h"

#include <QApplication>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    syncsites::ui::MainWindow window;
    window.setNetwork(syncsites::DemoNetwork::generate().topology, QStringLiteral("demo"));
    window.show();
    return app.exec();
}
