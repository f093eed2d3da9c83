/** Running a cohort: its settings, evenings, apologies and attendance, the calendar feed. Part of the season catalogue (../season.ts). */
export const seasonCohorts = {
  settings: {
    link: "Settings",
    title: "Group settings",
    archivedNotice: "This group is archived: you can look at it, but not change it.",
    saved: "The settings have been saved.",
    issued:
      "Under the new rules {count} participants have completed the course; they have received their certificate.",
    noLongerMeeting:
      "{count} participants with a certificate no longer meet the new rules. Their certificate stays valid; revoke it only if needed, with a reason.",
    toCertificates: "To the certificates",
    coAdded: "{name} is now a co-facilitator.",
    coRemoved: "{name} is no longer a co-facilitator.",
    moved: "{name} has been moved to {cohort}.",
    archivedDone: "The group has been archived.",
    restoredDone: "The group is active again.",
    basicsTitle: "Details and completion rules",
    rulesHint:
      "When you change a rule, we check again for everyone whether they completed the course. Whoever is done now gets a certificate. What was already issued is never revoked automatically.",
    save: "Save",
    staffTitle: "Facilitators",
    removeCo: "Remove",
    removeCoLabel: "Remove: {name} as co-facilitator",
    removeCoQuestion: "Are you sure {name} should no longer be a co-facilitator of this group?",
    removeCoConfirm: "Yes, remove as co-facilitator",
    addCoEmail: "Add a co-facilitator (e-mail address)",
    addCoHint: "Only someone who is already a facilitator.",
    addCo: "Add",
    moveTitle: "Move a participant",
    moveIntro:
      "Move a participant to another group of the same course that you also run. Progress and reflections move along; the participant gets an e-mail.",
    moveNone: "There is no other group of the same course that you run.",
    movePerson: "Participant",
    moveTarget: "To group",
    choose: "Choose…",
    move: "Move",
    archiveTitle: "Archive",
    archiveIntro:
      "The group has finished. Archive it: it leaves the daily lists and can no longer be changed. Reports and certificates stay available.",
    archiveNotYet: "You can archive a group once its end date has passed.",
    restoreIntro: "Need to change something after all? Take the group out of the archive.",
    archive: "Archive group",
    restore: "Take out of the archive",
  },
  mail: {
    removedSubject: "You are no longer in {cohort}",
    removedText:
      "Hello {name},\n\nYour facilitator has taken you out of the group {cohort}. What you did stays yours: your reflections, your cases and your certificates. You find them in My overview:\n{link}\n\nBuiten de Lijnen",
    movedSubject: "You are now in the group {cohort}",
    movedText:
      "Hello {name},\n\nYour facilitator has moved you from {from} to {to}. Your progress and reflections came along.\n{link}\n\nBuiten de Lijnen",
  },
  evenings: {
    back: "Back to the meetings",
    edit: "Change or cancel",
    editLabel: "Change or cancel: {topic}",
    editTitle: "Change a meeting: {topic}",
    isCancelled: "This meeting has been cancelled. Reason: {reason}",
    changeTitle: "Date, time, place or title",
    changeIntro:
      "Everyone in the group gets an e-mail with the change. Whoever put the meeting in their calendar sees it move there too.",
    saveChange: "Save the change",
    cancelTitle: "Cancel",
    cancelIntro:
      "The meeting stays in the list, as cancelled. Everyone gets an e-mail with the reason.",
    cancelReason: "Reason",
    cancel: "Cancel the meeting",
    deleteTitle: "Delete",
    deleteIntro:
      "Planned by mistake? Delete the meeting. This is only possible while no attendance has been recorded.",
    deleteNotPossible:
      "Attendance has already been recorded, so the meeting can no longer be deleted. You can cancel it.",
    delete: "Delete the meeting",
    deleteQuestion: "Are you sure you want to delete this meeting? This cannot be undone.",
    deleteConfirm: "Yes, delete the meeting",
    changed: "The meeting has been changed. Everyone in the group gets an e-mail.",
    cancelled: "The meeting has been cancelled. Everyone in the group gets an e-mail.",
    deleted: "The meeting has been deleted.",
    cancelledBadge: "Cancelled",
    cancelledReason: "Cancelled: {reason}",
    changedSubject: "Meeting changed: {cohort}",
    changedText:
      "Hello {name},\n\nA meeting of {cohort} has changed.\n\nWas: {before}\nNow: {after}\n\nIs the meeting in your calendar? It updates by itself if you use your calendar subscription, or download the new calendar file:\n{link}\n\nBuiten de Lijnen",
    cancelledSubject: "Meeting cancelled: {cohort}",
    cancelledText:
      'Hello {name},\n\nThe meeting "{topic}" on {when} will not take place.\nReason: {reason}\n\n{link}\n\nBuiten de Lijnen',
    deletedText:
      'Hello {name},\n\nThe meeting "{topic}" on {when} will not take place.\n\n{link}\n\nBuiten de Lijnen',
    apologyTitle: "Can't come?",
    apologyReason: "Reason (may stay empty)",
    apologyReasonHint: "Only your facilitators see the reason.",
    apologySend: "Send apologies",
    apologySendLabel: "Send apologies for {topic}",
    apologyWithdraw: "I'll come after all",
    apologyWithdrawLabel: "I'll come after all: {topic}",
    apologised: "You sent your apologies.",
    apologySent: "Your apologies have been passed on to your facilitator.",
    apologyWithdrawn: "Your apologies have been withdrawn.",
    myStatus: "Your attendance: {status}",
    notTaken: "not recorded yet",
    apologiesCount: "{count} sent apologies",
    minimumReachable:
      "You attended {attended} of at least {needed} meetings. {remaining} more meetings are planned: the minimum can still be reached.",
    minimumMet: "You attended {attended} meetings; you reached the minimum of {needed}.",
    minimumUnreachable:
      "You attended {attended} of at least {needed} meetings and {remaining} more are planned. The minimum can no longer be reached; talk to your facilitator.",
    cannotReachTitle: "Can no longer reach the minimum",
    cannotReachIntro:
      "These participants can no longer attend at least {needed} meetings, even if they come to every planned meeting:",
    cannotReachNone: "Everyone can still reach the minimum of {needed} meetings.",
  },
  attendance: {
    apologisedNote: "Sent apologies",
    apologisedReason: "Sent apologies: {reason}",
    apologiesIntro: "Whoever sent apologies is already set to Excused.",
    cancelled:
      "This meeting was cancelled: there is no attendance to record. A cancelled meeting does not count towards the minimum, nor as missed.",
  },
  feed: {
    title: "Calendar subscription",
    intro:
      "With a calendar subscription all your meetings appear in your own calendar (Google, Outlook, Apple), and changes and cancellations arrive by themselves.",
    off: "You have no calendar subscription yet.",
    turnOn: "Turn on the calendar subscription",
    subscribe: "Subscribe in your calendar app",
    urlLabel: "Address of your calendar",
    urlHint: "This address is secret: whoever has it sees your meetings. Do not share it.",
    reset: "Make a new secret address",
    resetIntro: "Shared the address by accident? Make a new address; the old one stops working.",
    made: "Your calendar subscription is on.",
    resetDone:
      "You have a new address. The old one no longer works; subscribe again in your calendar app.",
    calendarName: "Buiten de Lijnen: meetings",
    link: "Calendar subscription",
  },
  archivedList: "Archived groups",
  archivedBadge: "Archived",
};
