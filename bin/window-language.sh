# Sourced (POSIX sh) by the launchers that start the window: `bin/newsdesk` and, in the Linux
# app image, `bin/newsdesk` (from installer/linux/newsdesk), beside which the .deb installs
# this file. Exports LANGUAGE for GTK's own dialogs (the file chooser): gettext reads LANGUAGE
# (unless the locale is plain C), Java's own locale does not look at it, and a Java program
# cannot set it in its own process. The language is --lang's, else the one chosen in
# Preferences (prefs.Preferences.language in prefs.ConfigFolder's preferences.json, read here
# without a JSON tool); with neither the desktop's own LANGUAGE stays.
#
# usage: window_language "$@"

# the "language" member of a preferences file on stdin: the first at the top of the object,
# however it is spaced or broken into lines
preferences_language() {
    tr ',{}\n' '\n\n\n ' | sed -n 's/^[[:space:]]*"language"[[:space:]]*:[[:space:]]*"\([^"\\]*\)".*/\1/p' | sed -n 1p
}

window_language() {
    wl_lang=
    wl_previous=
    for wl_arg in "$@"; do
        [ "$wl_previous" = --lang ] && wl_lang=$wl_arg
        case $wl_arg in --lang=*) wl_lang=${wl_arg#--lang=} ;; esac
        wl_previous=$wl_arg
    done
    if [ -z "$wl_lang" ]; then
        # prefs.ConfigFolder: NEWSDESK_CONFIG_DIR, else $XDG_CONFIG_HOME/newsdesk when absolute, else ~/.config/newsdesk
        wl_folder=${NEWSDESK_CONFIG_DIR:-}
        if [ -z "$wl_folder" ]; then
            case ${XDG_CONFIG_HOME:-} in
                /*) wl_folder=$XDG_CONFIG_HOME/newsdesk ;;
                *) wl_folder=${HOME:-}/.config/newsdesk ;;
            esac
        fi
        if [ -r "$wl_folder/preferences.json" ]; then
            wl_lang=$(preferences_language < "$wl_folder/preferences.json")
        fi
    fi
    case $wl_lang in
        zh-CN|zh_CN|zh-Hans*) LANGUAGE=zh_CN ;;
        zh-HK|zh_HK|zh-MO|zh_MO) LANGUAGE=zh_HK:zh_TW ;;
        zh-TW|zh_TW|zh-Hant*) LANGUAGE=zh_TW ;;
        en|en-*|en_*) LANGUAGE=en ;;
        *) return 0 ;;
    esac
    export LANGUAGE
}
