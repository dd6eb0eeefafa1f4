#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    std::fprintf(stderr, "hirex-sandbox: not built yet\n");
    return 1;
}
