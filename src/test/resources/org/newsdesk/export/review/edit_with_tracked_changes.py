#!/usr/bin/env python3
"""Edits a .docx in headless LibreOffice as a reviewer would: record changes on, replace text, save as .docx.

Usage: edit_with_tracked_changes.py SOFFICE PROFILE_DIR IN.docx OUT.docx AUTHOR OLD1 NEW1 [OLD2 NEW2 ...]
Each OLD text is replaced by its NEW text with change tracking on, recorded under AUTHOR.
"""
import os
import signal
import subprocess
import sys
import time

import uno
from com.sun.star.beans import PropertyValue


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def write_profile(profile, author):
    """A fresh profile that records changes under AUTHOR and shows no first-start dialog (tip of the day)."""
    user = os.path.join(profile, "user")
    os.makedirs(user, exist_ok=True)
    with open(os.path.join(user, "registrymodifications.xcu"), "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<oor:items xmlns:oor="http://openoffice.org/2001/registry" '
                'xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n'
                '<item oor:path="/org.openoffice.UserProfile/Data"><prop oor:name="givenname" oor:op="fuse">'
                '<value>%s</value></prop></item>\n'
                '<item oor:path="/org.openoffice.Office.Common/Misc"><prop oor:name="ShowTipOfTheDay" oor:op="fuse">'
                '<value>false</value></prop></item>\n'
                '<item oor:path="/org.openoffice.Office.Common/Misc"><prop oor:name="FirstRun" oor:op="fuse">'
                '<value>false</value></prop></item>\n'
                '</oor:items>\n' % author.replace("&", "&amp;").replace("<", "&lt;"))


def replace_once(doc, old, new):
    """Replaces OLD by NEW in the one paragraph that holds it, as typing over a selection would.

    On a model without a view, replaceAll finds nothing (LibreOffice 7.4), so a text cursor is moved instead."""
    hits = []
    paragraphs = doc.getText().createEnumeration()
    while paragraphs.hasMoreElements():
        paragraph = paragraphs.nextElement()
        if paragraph.supportsService("com.sun.star.text.Paragraph") and old in paragraph.getString():
            hits.append(paragraph)
    if len(hits) != 1 or hits[0].getString().count(old) != 1:
        sys.exit("expected exactly one occurrence of %s" % old)
    paragraph = hits[0]
    cursor = paragraph.getText().createTextCursorByRange(paragraph.getStart())
    cursor.goRight(paragraph.getString().index(old), False)
    cursor.goRight(len(old), True)
    if cursor.getString() != old:
        sys.exit("cursor selected %r instead of %r" % (cursor.getString(), old))
    cursor.setString(new)


def main():
    soffice, profile, src, dst, author = sys.argv[1:6]
    pairs = sys.argv[6:]
    write_profile(profile, author)
    pipe = "newsdesk_review_%d" % os.getpid()
    office = subprocess.Popen([soffice, "--headless", "--invisible", "--norestore", "--nologo", "--nodefault",
                               "-env:UserInstallation=" + uno.systemPathToFileUrl(profile),
                               "--accept=pipe,name=%s;urp;" % pipe],
                              start_new_session=True)
    try:
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
        ctx = None
        for _ in range(240):
            try:
                ctx = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
                break
            except Exception:
                time.sleep(0.5)
        if ctx is None:
            sys.exit("LibreOffice did not start")
        desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        # The document is loaded as a model without a frame or view: with a view, Writer builds margin
        # windows for the comments from a .ui file that Debian's -nogui package leaves out, and aborts.
        doc = ctx.ServiceManager.createInstanceWithContext("com.sun.star.text.TextDocument", ctx)
        doc.load((prop("URL", uno.systemPathToFileUrl(os.path.abspath(src))),
                  prop("FilterName", "MS Word 2007 XML")))
        doc.RecordChanges = True
        for old, new in zip(pairs[0::2], pairs[1::2]):
            replace_once(doc, old, new)
        doc.storeToURL(uno.systemPathToFileUrl(os.path.abspath(dst)), (prop("FilterName", "MS Word 2007 XML"),))
        doc.close(True)
        try:
            desktop.terminate()
        except Exception:
            pass  # the bridge goes down with the office
    finally:
        try:
            office.wait(timeout=30)
        except subprocess.TimeoutExpired:
            pass
        try:
            os.killpg(office.pid, signal.SIGKILL)  # soffice.bin outlives its launcher script
        except ProcessLookupError:
            pass


if __name__ == "__main__":
    main()
