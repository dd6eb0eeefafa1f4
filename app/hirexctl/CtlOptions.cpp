#include "app/hirexctl/CtlOptions.h"

#include <QCoreApplication>

namespace hirex::ctl {

namespace {
QString tr(const char *text) {
    return QCoreApplication::translate("hirexctl", text);
}
} // namespace

QString CtlOptions::usage() {
    return tr("Usage: hirexctl [--server URL] [--ca-file PEM] [--pin-spki SHA256-BASE64]...\n"
              "                [--issuer URL] [--client-id ID] [--profile "
              "DIR]\n"
              "                [--passphrase-file FILE] COMMAND\n"
              "\n"
              "Commands:\n"
              "  login [--no-browser]                 sign in (prints the address with --no-browser)\n"
              "  sync [--watch]                       send queued changes, then download changes\n"
              "  status [--json]                      session, cache and queue state\n"
              "  export --format csv|json [--pipeline ID] --out FILE\n"
              "                                       write the cached applications to FILE\n"
              "  logout [--wipe]                      sign out; --wipe also deletes the cache and its key\n"
              "  change move APP STAGE | reject APP REASON [TEXT] | hire APP | note CANDIDATE TEXT\n"
              "                                       queue a change (sent by the next sync)\n"
              "  conflicts [--json]                   list changes that wait for a decision\n"
              "  resolve CONFLICT mine|theirs         decide a conflict\n"
              "  pin PIPELINE | unpin PIPELINE | pin --all\n"
              "                                       choose what is kept offline\n"
              "\n"
              "\n"
              "Without a keychain the local cache is protected by a passphrase: the first line of\n"
              "--passphrase-file FILE (mode 600), or typed on the terminal.\n"
              "\n"
              "Exit codes: 0 ok, 1 failure, 2 usage, 3 not signed in, 4 network or TLS,\n"
              "            5 cache locked or key problem (also: wrong or no passphrase),\n"
              "            6 changes need attention.\n") +
           tr("\nDevelopment only: --insecure-loopback-http allows plain http:// to 127.0.0.1.\n") +
           // A string of its own, so the translations of the text above stay valid.
           tr("-v, --verbose (before the command) also prints the hirex.* info and debug log lines;\n"
              "--help prints this text.\n");
}

bool CtlOptions::parse(const QStringList &args, QString *error) {
    auto value = [&](qsizetype &i, QString *target) -> bool {
        if (i + 1 >= args.size()) {
            *error = tr("Option %1 needs a value.").arg(args.at(i));
            return false;
        }
        *target = args.at(++i);
        return true;
    };
    qsizetype i = 0;
    for (; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == u"-v" || a == u"--verbose") {
            verbose = true;
            continue;
        }
        if (!a.startsWith(QLatin1String("--")))
            break;
        if (a == u"--server") {
            if (!value(i, &server))
                return false;
        } else if (a == u"--ca-file") {
            if (!value(i, &caFile))
                return false;
        } else if (a == u"--pin-spki") {
            QString pin;
            if (!value(i, &pin))
                return false;
            spkiPins.append(pin);
        } else if (a == u"--issuer") {
            if (!value(i, &issuer))
                return false;
        } else if (a == u"--client-id") {
            if (!value(i, &clientId))
                return false;
        } else if (a == u"--profile") {
            if (!value(i, &profileDir))
                return false;
        } else if (a == u"--passphrase-file") {
            if (!value(i, &passphraseFile))
                return false;
        } else if (a == u"--insecure-loopback-http") {
            allowLoopbackHttp = true;
        } else if (a == u"--help") {
            command = QStringLiteral("help");
            return true;
        } else {
            *error = tr("Unknown option: %1").arg(a);
            return false;
        }
    }
    if (i >= args.size()) {
        *error = tr("No command given.");
        return false;
    }
    command = args.at(i++);
    static const QStringList commands = {
        QStringLiteral("login"),     QStringLiteral("sync"),    QStringLiteral("status"),
        QStringLiteral("export"),    QStringLiteral("logout"),  QStringLiteral("change"),
        QStringLiteral("conflicts"), QStringLiteral("resolve"), QStringLiteral("pin"),
        QStringLiteral("unpin"),     QStringLiteral("help")};
    if (!commands.contains(command)) {
        *error = tr("Unknown command: %1").arg(command);
        return false;
    }
    for (; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (command == u"login" && a == u"--no-browser") {
            noBrowser = true;
        } else if (command == u"sync" && a == u"--watch") {
            watch = true;
        } else if ((command == u"status" || command == u"conflicts") && a == u"--json") {
            json = true;
        } else if (command == u"logout" && a == u"--wipe") {
            wipe = true;
        } else if (command == u"export" && a == u"--format") {
            if (!value(i, &format))
                return false;
        } else if (command == u"export" && a == u"--pipeline") {
            if (!value(i, &pipeline))
                return false;
        } else if (command == u"export" && a == u"--out") {
            if (!value(i, &out))
                return false;
        } else if ((command == u"change" || command == u"resolve" || command == u"pin" ||
                    command == u"unpin") &&
                   (!a.startsWith(QLatin1String("--")) || a == u"--all")) {
            arguments.append(a);
        } else {
            *error = tr("Unknown option for %1: %2").arg(command, a);
            return false;
        }
    }
    if (command == u"export") {
        if (format != u"csv" && format != u"json") {
            *error = tr("export needs --format csv or --format json.");
            return false;
        }
        if (out.isEmpty()) {
            *error = tr("export needs --out FILE.");
            return false;
        }
    }
    if (command == u"resolve" &&
        (arguments.size() != 2 || (arguments.at(1) != u"mine" && arguments.at(1) != u"theirs"))) {
        *error = tr("resolve needs a conflict id and mine or theirs.");
        return false;
    }
    if ((command == u"pin" || command == u"unpin") && arguments.size() != 1) {
        *error = tr("%1 needs one pipeline id.").arg(command);
        return false;
    }
    if (command == u"change") {
        const QString kind = arguments.value(0);
        const bool ok = (kind == u"move" && arguments.size() == 3) ||
                        (kind == u"reject" && (arguments.size() == 3 || arguments.size() == 4)) ||
                        (kind == u"hire" && arguments.size() == 2) ||
                        (kind == u"note" && arguments.size() == 3);
        if (!ok) {
            *error = tr(
                "change needs: move APP STAGE | reject APP REASON [TEXT] | hire APP | note CANDIDATE TEXT");
            return false;
        }
    }
    return true;
}

} // namespace hirex::ctl
