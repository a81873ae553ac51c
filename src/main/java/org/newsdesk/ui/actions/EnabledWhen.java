package org.newsdesk.ui.actions;

/**
 * When a command can act. The window binds each command's menu item and toolbar button to
 * its condition, so a command that cannot act is greyed out and its key does nothing.
 */
public enum EnabledWhen {
    /** Application commands: always available. */
    ALWAYS,
    /** Needs an open story. */
    STORY_OPEN,
    /** Needs an open story that can be changed (not in a read-only data folder). */
    STORY_EDITABLE,
    /** Needs an open story that can be changed, and selected transcript text. */
    SELECTION,
    /** Needs something to undo in the transcript. */
    CAN_UNDO,
    /** Needs something to redo in the transcript. */
    CAN_REDO,
    /** An open Draft story (it may be submitted for review). */
    CAN_SUBMIT,
    /** An open Ready story (it may be approved). */
    CAN_APPROVE,
    /** An open Ready, Approved or Withdrawn story (it may go back to Draft). */
    CAN_SEND_BACK,
    /** An open Approved or Published story and at least one delivery target. */
    CAN_PUBLISH,
    /** An open Published story. */
    CAN_WITHDRAW,
    /** The focused text (a field or the transcript) has a selection that may be removed. */
    TEXT_SELECTION_EDITABLE,
    /** The focused text (a field or the transcript) has a selection. */
    TEXT_SELECTION,
    /** The focused text (a field or the transcript) can take a paste. */
    TEXT_EDITABLE,
    /** A text (a field or the transcript) has the focus. */
    TEXT_FOCUSED,
    /** An open story while this workstation belongs to a newsroom. */
    NEWSROOM_STORY
}
