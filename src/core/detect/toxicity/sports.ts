// Sports talk that borrows a threat's verb (thirtieth round, from the false alarms of tox47):
// "we're going to kill them on Saturday, their back line can't handle our wingers", "we'll
// murder them in the final". A fixture right after the verb's object, and for a weekday a team
// word soon after, make it a match to win, not a person to harm.

/** Words that only team sport uses this way: a game, its positions and its places. */
export const TEAM_SPORT =
  '(?:game|games|match|matches|team|squad|league|defen[cs]e|back line|backline|back four|midfield|midfielders?|wingers?|strikers?|forwards?|keeper|goalkeeper|goalie|quarterback|offen[cs]e|playoffs?|final|finals|pitch|field|court|season|scoreboard|fans|kick off|kickoff|half time|halftime|derby|away end|home end)'

/** Right after "kill them", "murder him": the fixture ("in the final", "on Saturday" with a team word soon after). */
export const SPORTS_FIXTURE_NEXT = `(?: (?:in|at) (?:the |this |that |tonight s |tomorrow s |saturday s |sunday s |next week s )?(?:game|games|match|final|finals|semis|semifinal|derby|rematch|playoffs?|tournament|league|race|scrimmage)\\b| (?:on|this|next|by) (?:saturday|sunday|monday|tuesday|wednesday|thursday|friday|weekend|week)(?= [a-z ]{0,60}\\b${TEAM_SPORT}\\b))`
