export const legal = {
  footerPrivacy: "Privacy statement",
  footerAccessibility: "Accessibility",
  signupPrivacyBefore: "Before you sign up, read how we handle your data:",
  privacy: {
    title: "Privacy statement",
    intro:
      "Buiten de Lijnen is a course for volunteers from sport and from care and welfare. This page says which data we keep, why, for how long, and what you can do yourself.",
    whatTitle: "What we keep",
    what: "Your name, email address, your sector (sport, care, welfare or other), your volunteer role and your organisation. Also what you do in the course: progress per lesson, reflections, answers to knowledge checks, attendance at course evenings, cases and replies in the forum, and your certificate. We keep your password only as an irreversible hash.",
    whyTitle: "Why",
    why: "To run the course: your group, your progress and your certificate. Your facilitator sees your progress and attendance. Your club or organisation sees whether you completed the course, so that it can recognise you as a trained volunteer.",
    evaluationTitle: "The evaluation is anonymous",
    evaluation:
      "We store your evaluation answers without your name; we only keep that you sent the evaluation. Results are shown only for groups of at least 5 people, and we also hide groups that could be found back by subtraction. Figures that differ by only 1 to 4 responses from other figures someone can request are not shown.",
    forumTitle: "The forum",
    forum:
      "In your group's space your group members see your name, unless you choose ‘participant from my sector’; your facilitator always sees who you are. In the course-wide space people from other groups see only your sector and place, never your name.",
    keepTitle: "How long we keep data",
    keep: "A post you delete is removed at once; only an empty place remains so that other people's replies stay readable. If you edit a post to remove personal data, we also delete its earlier versions. A post that a facilitator hid and did not restore is erased after 90 days.",
    deleteTitle: "Deleting your account",
    delete:
      "When you delete your account we erase your profile and your own work. Your cases and replies become posts of ‘a former participant’ without text (the text stays only if you choose so), so that other people's replies remain. Local modules that groups still use pass to the organisation or the platform. Your certificate stays verifiable, but without your name.",
    rightsTitle: "Your rights",
    rights:
      "You can download all your data and delete your account on your account page. For access, correction or a complaint, contact the platform administrator; you may also complain to the Dutch Data Protection Authority (Autoriteit Persoonsgegevens).",
    cookiesTitle: "Cookies",
    cookies:
      "We only use a cookie to keep you logged in and one for your language. No advertising or tracking cookies.",
  },
  accessibility: {
    title: "Accessibility statement",
    intro:
      "We want everyone to be able to follow this course, also with a screen reader, only a keyboard, or an old phone.",
    standardTitle: "Which standard",
    standard:
      "We aim for WCAG 2.1 level AA. Every form also works without JavaScript, and charts come with a table of the same figures.",
    testedTitle: "How we check it",
    tested:
      "With every change, automated tests check every page they visit with axe against WCAG 2.1 A and AA, and go through forms with the keyboard and without JavaScript. A manual review by people with disabilities has not taken place yet.",
    limitsTitle: "What does not work well yet",
    limits:
      "The certificate PDF is not yet fully tagged for screen readers; the certificate's verification page shows the same facts accessibly.",
    contactTitle: "Found something?",
    contact:
      "Run into a problem? Tell your facilitator or the platform administrator. We answer within five working days.",
  },
};
