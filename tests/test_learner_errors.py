"""Learner errors of the kinds Korean learners make, on sentences the rules were not written from, each
fixed with real English; and correct sentences on which no rule may fire (false alarms)."""

from __future__ import annotations

from app.drafting.learner_rules import check

ERRORS = {  # sentence: (the words flagged, the first suggestion)
    "Last year my family moves to Incheon.": ("moves", "moved"),
    "Three years ago we cross the river at night.": ("cross", "crossed"),
    "When I was a child, I eat corn soup every day.": ("eat", "ate"),
    "In 2015 she leaves her village.": ("leaves", "left"),
    "Everybody are waiting for the bus.": ("are", "is"),
    "Nobody have money in my town.": ("have", "has"),
    "I was so boring in the camp.": ("boring", "bored"),
    "We are exciting about the contest.": ("exciting", "excited"),
    "I felt very confusing at first.": ("confusing", "confused"),
    "I listen music every night.": ("listen", "listen to"),
    "We waited the train for hours.": ("waited", "waited for"),
    "She arrived Seoul in March.": ("arrived", "arrived in"),
    "This book belongs my teacher.": ("belongs", "belongs to"),
    "My teacher explained us the rules.": ("explained us the rules", "explained the rules to us"),
    "He described me his hometown.": ("described me his hometown", "described his hometown to me"),
    "She says me that it is fine.": ("says me", "says to me"),
    "I felt terribly after the news.": ("terribly", "terrible"),
    "My mother looked sadly when I left.": ("sadly", "sad"),
    "We are studying English since March.": ("We are studying", "We have been studying"),
    "I know my best friend for ten years.": ("I know", "I have known"),
    "She has been work at a factory.": ("work", "working"),
    "They have been stay in China.": ("stay", "staying"),
}

# Usage errors (app/drafting/learner_rules_usage.py and the wider subjects of learner_rules_more.py). The rules
# were written from one set of 30 sentences and refined on a second; these are a third set, written after.
MORE_ERRORS = {
    "Somebody in my family have a car now.": ("have", "has"),
    "My classmates were very exciting about the trip.": ("exciting", "excited"),
    "The police officer explained us what to do.": ("explained us", "explained to us"),
    "I could not contact to my mother for a year.": ("contact to", "contact"),
    "We escaped at 2017 with my uncle.": ("at", "in"),
    "Our school starts at September.": ("at", "in"),
    "I keep to think about my hometown.": ("to think", "thinking"),
    "I went to the market for buy rice.": ("for buy", "to buy"),
    "My grandmother was very brave woman.": ("very brave woman", "a very brave woman"),
    "He is soldier in the army.": ("soldier", "a soldier"),
    "It was the a hardest time of my life.": ("the a", "the"),
    "I am understanding your feelings now.": ("am understanding", "understand"),
    "My friends is very kind to me.": ("is", "are"),
    "She told me that she don't know.": ("don't", "doesn't"),
}

# Set phrases and word forms (app/drafting/learner_rules_phrases.py): rules written from a fourth set; these
# are a fifth, written after them.
PHRASE_ERRORS = {
    "My dream is to become lawyer.": ("lawyer", "a lawyer"),
    "It was most difficult decision of my life.": ("most difficult decision", "the most difficult decision"),
    "Everything depended from the weather.": ("depended from", "depended on"),
    "I was afraid from the soldiers.": ("afraid from", "afraid of"),
    "We didn't have much friends there.": ("much", "many"),
    "Every weekends I visit my grandmother.": ("weekends", "weekend"),
    "I very want to see my mother again.": ("very want", "really want"),
    "We finally returned back home.": ("returned back", "returned"),
    "I got used to eat Korean food.": ("eat", "eating"),
    "My tutor recommended me to read the news.": ("recommended me to read", "recommended that I read"),
    "I have met her two years ago.": ("have met", "met"),
    "After I will finish school, I will work.": ("will finish", "finish"),
    "He is proud on his daughter.": ("proud on", "proud of"),
    "She has lived in Seoul last year.": ("has lived", "lived"),
    "I enjoyed to meet new people.": ("to meet", "meeting"),
}

# A sixth set (2026-11-30), how clauses and verbs join; 12 of 25 were flagged (by Harper) before
# app/drafting/learner_rules_clauses.py. Those Harper flags are not listed here: these are the rules' own.
CLAUSE_ERRORS = {
    "My uncle made me to study every night.": ("made me to study", "made me study"),
    "Last year I visited the Seoul for the first time.": ("the ", ""),
    "I couldn't sleep because of I was scared.": ("because of", "because"),
    "Although I was tired, but I kept walking.": ("but", ""),
    "She asked me where was I from.": ("was I from", "I was from"),
    "I want that you listen to my story.": ("want that you listen", "want you to listen"),
    "She has a long hairs.": ("long hairs", "long hair"),
    "It was a very hard times for my family.": ("very hard times", "very hard time"),
    "She told that she missed her home.": ("told that", "said that"),
    "I hope you to understand my feelings.": ("hope you to understand", "hope you understand"),
    "I lived in China during three years.": ("during", "for"),
    "Many people was waiting at the station.": ("was", "were"),
    "I don't know what did he say.": ("did he say", "he said"),
    "Because I was tired, so I slept.": ("so", ""),
    "I came Korea in 2015.": ("came Korea", "came to Korea"),
    "I didn't have any friend in the new school.": ("friend", "friends"),
    # from the seventh set, written after the rules (19 of its 20 were flagged; this one was the miss)
    "I hope my mother to be healthy.": ("hope my mother to be", "hope my mother is"),
    "She hoped me to be a doctor.": ("hoped me to be", "hoped I would be"),
    "Nobody asked me how did I feel.": ("did I feel", "I felt"),
    "It was a really difficult years for us.": ("really difficult years", "really difficult year"),
}

# An eighth set (2026-11-30, night): of 30 new learner sentences the checker flagged 24; the six it missed
# ("My brother don't like", "a great times", "a very exciting news", "in every Sunday", "interested to learn",
# "for we") led to the rules for these, which are checked here on other sentences.
NOUN_ERRORS = {
    "Her husband don't drink at all.": ("don't", "doesn't"),
    "My teacher haven't seen my essay yet.": ("haven't", "hasn't"),
    "He gave me a useful advice.": ("a useful advice", "useful advice"),
    "I heard a terrible news this morning.": ("a terrible news", "terrible news"),
    "An useful information is on the board.": ("An useful information", "Useful information"),
    "We go to the market in every weekend.": ("in every weekend", "every weekend"),
    "I will call you on next Friday.": ("on next Friday", "next Friday"),
    "My uncle cooked noodles for they.": ("they", "them"),
    "The teacher was always kind to we.": ("we", "us"),
    "We spent a wonderful days in Jeju.": ("wonderful days", "wonderful day"),
}

# A ninth set (2026-11-30, late): 30 new sentences, measured through the whole draft check (Harper and the
# rules): 23 / 30 flagged. The seven missed ("married with a doctor", "reached to", "Yesterday we have",
# "Does she likes", "I am here since", "go to abroad", "went to home") led to the rules for them; the fix of
# "He is live" ("live", not "lives") and Harper's "will" for "will going to" were wrong and were mended.
NINTH_ERRORS = {
    "I am agree with your opinion.": ("I am agree", "I agree"),
    "She is married with a doctor.": ("married with", "married to"),
    "We reached to the border at dawn.": ("reached to", "reached"),
    "I was very surprising when I saw the sea.": ("surprising", "surprised"),
    "She can speaks three languages.": ("speaks", "speak"),
    "Yesterday we have a big test.": ("have", "had"),
    "Does she likes music?": ("likes", "like"),
    "I have seen him yesterday.": ("have seen", "saw"),
    "I am here since 2018.": ("I am", "I have been"),
    "He suggested me to apply for the job.": ("suggested me to apply", "suggested that I apply"),
    "Let me to explain my story.": ("Let me to explain", "Let me explain"),
    "I look forward to see you again.": ("see", "seeing"),
    "I have two brother.": ("brother", "brothers"),
    "One of my friend lives in Busan.": ("friend", "friends"),
    "There is many people in the square.": ("is", "are"),
    "I want to go to abroad.": ("to abroad", "abroad"),
    "We went to home after school.": ("to home", "home"),
    "Please answer to my question.": ("answer to", "answer"),
    "She must to leave early.": ("to", ""),
    "I will going to the market.": ("going", "go"),
    "He is live in Seoul now.": ("is live", "lives"),
    "My parents was farmers.": ("was", "were"),
    "I am go to school every day.": ("I am go", "I go"),
}
NINTH_CORRECT = [
    "I agree with your opinion.", "She is married to a doctor.", "She is married with two children.",
    "We reached the border at dawn.", "Yesterday we had a big test.", "Last year I had to work.",
    "Does she like music?", "Do the things you love.", "Why don't rules apply here?", "Do you guys know her?",
    "Did you use to live there?", "We did exercises every morning.", "What does this mean?",
    "Did the news surprise you?", "They didn't even try.", "I have been here since 2018.",
    "It is two years since I came.", "Since I am tired, I will sleep.", "She's lived here since 2010.",
    "It was the first time since 2018.", "I want to go abroad.", "We went home after school.",
    "The house was close to home.", "He went to home games every week.", "The concert is live tonight.",
    "Is live music allowed?", "He married Minji in 2019.", "In 2019 the river flooded the village.",
    "I will go to the market.", "He lives in Seoul now.",
]

# A tenth set, written after the ninth set's rules (29 sentences through the whole draft check): 24 flagged at
# first. The five missed ("The people in my village was", "Many student came", "couldn't found", "It is depend",
# "have lived here for 2015") led to the rules for them; Harper flags the rest ("many advices", "has went").
TENTH_ERRORS = {
    "My sister don't have a phone.": ("don't", "doesn't"),
    "I enjoy to sing songs.": ("to sing", "singing"),
    "He made me to cry.": ("made me to cry", "made me cry"),
    "Yesterday my mother cook dinner for us.": ("cook", "cooked"),
    "I am boring of this city.": ("boring", "bored"),
    "We talked about it during two hours.": ("during", "for"),
    "I didn't saw my father for ten years.": ("saw", "see"),
    "Did you heard the news?": ("heard", "hear"),
    "I was born in Hyesan at 2001.": ("at", "in"),
    "This is a very beautiful flowers.": ("very beautiful flowers", "very beautiful flower"),
    "The people in my village was poor.": ("was", "were"),
    "I am interesting in music.": ("interesting", "interested"),
    "I explained him my plan.": ("explained him my plan", "explained my plan to him"),
    "I'm very tired because I walk all night yesterday.": ("walk", "walked"),
    "Many student came to the party.": ("student", "students"),
    "I hope you will enjoyed my speech.": ("enjoyed", "enjoy"),
    "She couldn't found her bag.": ("found", "find"),
    "It is depend on the weather.": ("is depend", "depends"),
    "I have lived here for 2015.": ("for", "since"),
    "When I was young, I am very shy.": ("am", "was"),
}
TENTH_CORRECT = [
    "The people in my village were poor.", "The son of my friends is a doctor.", "Many students came to the party.",
    "Many student loans are large.", "She couldn't find her bag.", "It depends on the weather.",
    "I have lived here since 2015.", "We have waited for 2020 to end.", "She has been chosen for 2026.",
    "He had planned the trip for 2019.", "The table is set.", "He was let go.", "I can't thank you enough.",
    "The news from home was good.", "One of the people in my town was kind.", "We saw two sheep.",
]

# An eleventh and a twelfth set (2026-11-30, night), each written before it was run: through the whole draft
# check, 6 / 25 and then (after app/drafting/learner_rules_forms.py was written from the eleventh) 19 / 28. Kinds
# the earlier sets did not have: "made me laughing", "want to going", "was died", "doesn't happy", "very worry",
# "don't have no", "people uses", "the food … were", "very well than", "the most kind", "When I came …, I can't",
# "because the noise", "gave to me a book", "am very like", "at there", "study hardly", "enjoyed very much the
# party", "born at Hamhung", "My sister she is", "many advices". Harper flags a few of the others.
FORM_ERRORS = {
    "I am very interesting about science.": ("interesting", "interested"),
    "My mom said me to study hard.": ("said me", "told me"),
    "He always makes me laughing.": ("laughing", "laugh"),
    "I have a plan to going abroad.": ("going", "go"),
    "I was arrived in Seoul in 2016.": ("was arrived", "arrived"),
    "I was happened to meet him.": ("was happened", "happened"),
    "It was happened in 2010.": ("was happened", "happened"),
    "Everyone know my name.": ("know", "knows"),
    "When I came to Korea, I can't speak Korean.": ("can't", "couldn't"),
    "She is the most kind person I know.": ("the most kind", "the kindest"),
    "I don't have no money.": ("no", "any"),
    "I like to playing soccer.": ("playing", "play"),
    "She has a lot of money, but she doesn't happy.": ("doesn't", "isn't"),
    "I was very worry about my family.": ("worry", "worried"),
    "Nowadays many people uses smartphones.": ("uses", "use"),
    "The food in North Korea were not enough.": ("were", "was"),
    "My father was died when I was ten.": ("was died", "died"),
    "I am living here for two years.": ("I am living", "I have been living"),
    "She speaks English very well than me.": ("very well", "better"),
    "I am agree that education is important.": ("I am agree", "I agree"),
    "My grandmother always tell me stories.": ("tell", "tells"),
    "He don't like spicy food.": ("don't", "doesn't"),
    "I have visited Japan last summer.": ("have visited", "visited"),
    "I couldn't sleep because the noise.": ("because", "because of"),
    "My uncle gave to me a book.": ("gave to me", "gave me"),
    "I am very like this song.": ("am very like", "really like"),
    "It is a very useful informations.": ("very useful informations", "very useful information"),
    "The soldiers was standing at the gate.": ("was", "were"),
    "I didn't went there.": ("went", "go"),
    "We stayed at there for a week.": ("at there", "there"),
    "He came back to home late.": ("to home", "home"),
    "I study hardly every day.": ("hardly", "hard"),
    "She has many experience in teaching.": ("experience", "experiences"),
    "When I will grow up, I want to be a doctor.": ("will grow", "grow"),
    "I am boring with my job.": ("boring", "bored"),
    "Everybody have a dream.": ("have", "has"),
    "I have finished my homework yesterday.": ("have finished", "finished"),
    "She told to me the truth.": ("told to", "told"),
    "I can't understand what is he saying.": ("is he saying", "he is saying"),
    "I enjoyed very much the party.": ("very much the party", "the party very much"),
    "Please explain me the rule.": ("explain me the rule", "explain the rule to me"),
    "I was born and raised at Hamhung.": ("at", "in"),
    "I'm looking forward to hear from you.": ("hear", "hearing"),
    "My sister she is a nurse.": ("she ", ""),
}
FORM_CORRECT = [
    # correct sentences from package READMEs on which older rules fired (5,128 read: 57 alarms, then 12, of which
    # 10 are the READMEs' own mistakes: "It is recommend to", "can offers", "each architectures")
    "Thanks to the following people who have helped.", "New versions are emailed to a list of people.",
    "One could get mismatched calls to the API.", "Some parts of it are under different licenses.",
    "The series reached its end on 2017-12-31.", "That is most likely what is confusing people.",
    "The software has been split into several packages.", "Releases appearing each October have a long life.",
    "The files are EXACTLY that mode.", "AAAA queries are translated to A queries.", "It is now considered complete.",
    "It is not recommended to use this library.", "Build procedures are provided for many common systems.",
    "There are complete instructions in the manual.", "Applications needing this function are linked.",
    "She had us laughing all night.", "They made me something to eat.", "I want to sing.",
    "I look forward to meeting you.", "I am used to living alone.", "The key to winning is practice.",
    "I started learning English.", "We tried singing.", "A decision was arrived at.", "The storm appeared suddenly.",
    "It happened in 2010.", "My father died when I was ten.", "She isn't happy.", "I don't feel happy.",
    "We don't know.", "Why don't you come?", "I was very worried.", "I was so tired.", "It was very interesting.",
    "She couldn't say no.", "I have no money.", "There is no way.", "I don't have any money.", "No, I don't know.",
    "Many people use smartphones.", "My friends always help me.", "One of my friends lives in Busan.",
    "My parents' house is small.", "The children's books are new.", "The food in North Korea was not enough.",
    "The people in the village were poor.", "My family were happy.", "The rest of the students were late.",
    "The police were kind.", "My glasses were broken.", "This is better than that.", "She is much taller than me.",
    "It was the most beautiful day.", "She is the most honest person.",
    "When I came to Korea, I could not speak Korean.", "When I am tired, I can't study.",
    "After we arrived, we were tired.", "I did not sleep no more than four hours.",
    "My brother and my sister are kind.", "The man and his sons were fishing.", "My teacher's words are true.",
    "Our team were the best.", "It doesn't matter.", "I don't mind.", "They don't like it.", "I didn't sleep well.",
    "The children sing every morning.", "Those people always help.", "The book on the table is mine.",
    "The books on the table are mine.", "My mother and father have jobs.", "Let the children play.",
    "Help my parents carry the bags.", "She made me laugh.", "Let me sing.", "We were seen leaving.",
    "He arrived at noon.", "It seems right.", "They were so kind.", "I am not sure.", "Nothing happened.",
    "I never said anything.", "The more, the better.", "More than that, I felt free.",
    "It was more fun than I thought.", "The most important thing is love.", "He was kind.",
    "When I was a child, I could not read.", "The news was good.", "This book is good.", "Your idea is great.",
    "My dream has changed.", "The money in my pocket was gone.", "I left because the war had started.",
    "It was because the door was locked.", "Because the weather was bad, we stayed.",
    "I stayed home because the children cried.", "He gave a book to me.", "She is very like her mother.",
    "It is very like him.", "I was there.", "We got there at noon.", "We walked from here to there.",
    "It is over there.", "We arrived there late.", "He hardly worked.", "I worked hardly any hours.",
    "They tried hard.", "I can hardly study.", "We hardly ever play.", "I liked very much the way she sang.",
    "I was born at home.", "She was born at Seoul National University Hospital.", "The teacher he met was kind.",
    "My mother, she said, is kind.", "Thank you very much.", "I enjoyed it very much.", "My friend is a nurse.",
    "Because of the noise, I couldn't sleep.", "I love you very much.", "I study hard every day.",
    "We live at the end of the road.", "He lives at Number 10.", "My sister is a nurse, and she is kind.",
    "The reason was because the road closed.", "I came because of the letter.",
]

# A thirteenth set, written after all the rules above and run once as written: 25 / 30 flagged through the whole
# draft check. The five missed ("My family is living … since", "I am thinking that", "practice speak", "There is
# a lot of people", "The police was") were then covered.
LATE_ERRORS = {
    "Last week my teacher give me a book.": ("give", "gave"),
    "Everyone in my class were surprised.": ("were", "was"),
    "I was very interesting in the story.": ("interesting", "interested"),
    "We listened the teacher carefully.": ("listened", "listened to"),
    "She said me a secret.": ("said me a secret", "told me a secret"),
    "He explained us how to cook.": ("explained us", "explained to us"),
    "I felt very badly about it.": ("badly", "bad"),
    "I have been live in Busan for five years.": ("live", "living"),
    "My family is living in Incheon since 2017.": ("My family is living", "My family has been living"),
    "I can to swim.": ("to", ""),
    "She don't understand me.": ("don't", "doesn't"),
    "Two year ago I left my village.": ("year", "years"),
    "I am thinking that English is hard.": ("am thinking", "think"),
    "We were very exciting to see the ocean.": ("exciting", "excited"),
    "I studied hardly for the test.": ("hardly", "hard"),
    "He didn't came to school.": ("came", "come"),
    "My friends helps me every day.": ("helps", "help"),
    "I need to practice speak English.": ("speak", "speaking"),
    "I'm agree with you.": ("I'm agree", "I agree"),
    "This is the most good day.": ("the most good", "the best"),
    "She is more kind than her sister.": ("more kind", "kinder"),
    "I don't know nothing about it.": ("nothing", "anything"),
    "My parents was worried about me.": ("was", "were"),
    "There is a lot of people here.": ("is", "are"),
    "I am student at a university.": ("student", "a student"),
    "The police was very kind.": ("was", "were"),
    "Many of my friend went to China.": ("friend", "friends"),
    "It was happened last year.": ("was happened", "happened"),
}

# A fourteenth set, written after all the rules above, run once as written: 23 / 30 flagged, and Harper's
# first fix was wrong on four of those it flagged ("lonelily" → "lone lily", "want be" → "won't be", "borned" →
# "bored", "childrens" → "children's"). learner_rules_words.py was written from it.
WORD_ERRORS = {
    "She never listen to my advice.": ("listen", "listens"),
    "It was occurred yesterday.": ("was occurred", "occurred"),
    "He only eat rice.": ("eat", "eats"),
    "My little brother always cry at night.": ("cry", "cries"),
    "Yesterday I meet my old friend at the station.": ("meet", "met"),
    "Nobody in my family speak English.": ("speak", "speaks"),
    "I was so interesting to learn about history.": ("interesting", "interested"),
    "She never listen my advice.": ("listen", "listen to"),
    "My teacher said us to be quiet.": ("said us", "told us"),
    "I feel lonelily sometimes.": ("lonelily", "lonely"),
    "We have been wait for the bus for an hour.": ("wait", "waiting"),
    "You should not to worry.": ("to", ""),
    "The childrens were playing outside.": ("childrens", "children"),
    "I am not understand this question.": ("I am not understand", "I don't understand"),
    "I didn't knew the answer.": ("knew", "know"),
    "The news were very sad.": ("were", "was"),
    "We didn't had enough food.": ("had", "have"),
    "I want be a nurse.": ("want be", "want to be"),
    "She was borned in 2005.": ("borned", "born"),
    "My dream is become a teacher.": ("is become", "is to become"),
    "This problem is very difficult to me.": ("to", "for"),
    "I come to Korea three years ago.": ("come", "came"),
    "They discussed about the plan.": ("discussed about", "discussed"),
    "I can't wait see you.": ("can't wait see", "can't wait to see"),
    "My mother works in hospital.": ("in hospital", "in a hospital"),
    "He asked to me a question.": ("asked to", "asked"),
    "I saw him two days before.": ("before", "ago"),
    "I am used to live alone.": ("live", "living"),
}
WORD_CORRECT = [
    "I came because a friend helped me.", "They won because the team played well.", "A decision was arrived at.",
    "She always read books.", "Does she always cry?", "He never said that.", "She never lies.", "It never rains here.",
    "I am not sure.", "I am not happy.", "He is not here.", "I was not ready.", "I am not going.", "We are not afraid.",
    "I want money.", "We need help.", "I hope so.", "I tried hard.", "They planned everything.", "I can't wait.",
    "I would like tea.", "I was born in 2005.", "The children were playing.", "The children's books are new.",
    "Men and women came.", "My dream is a big house.", "My job is teaching.", "My plan was simple.",
    "The plan is to go.", "My dream is to become a teacher.", "The news was sad.", "The news is good.",
    "It was important to me.", "It is useful to me.", "That was hard to say.", "It is easy to see.",
    "It was kind to me.", "She works in a hospital.", "He works at the bank.", "He is in hospital now.",
    "We work in teams.", "I had seen him two days before.", "The week before, we met.", "I saw him two days ago.",
    "Two days before the exam, I was sick.", "I feel happy.", "She looked angrily at him.", "I feel lonely sometimes.",
    "My little brother cries at night.", "My old friends live there.", "My best friend lives in Busan.",
    "My dear friends, thank you.", "My new teacher came today.", "My little sister and I play together.",
    "I want to be a nurse.", "We needed to go.", "You are not alone.", "It is not working.", "I was not born there.",
    "We are not leaving.", "I am not a child.",
]

# A fifteenth set, written after the fourteenth's rules, run once as written: 23 / 29 real errors flagged (one of
# its 30, "I will meet him on Monday morning at 9.", is correct English and was left silent). The five mended:
# "experiences about", "waiting you", "felt nervously before", "know what does it mean", "arrived at Seoul"; left:
# "he told me that he will come tomorrow, but he didn't" (the sequence of tenses).
LAST_ERRORS = {
    "My father has a lot of experiences about farming.": ("experiences about", "experiences in"),
    "I am agree to your idea.": ("I am agree", "I agree"),
    "Last month we go to Jeju by ship.": ("go", "went"),
    "She is very boring because she has nothing to do.": ("boring", "bored"),
    "I am waiting you here.": ("waiting", "waiting for"),
    "My mother explained me why we had to leave.": ("explained me", "explained to me"),
    "I felt nervously before the speech.": ("nervously", "nervous"),
    "I have been work hard.": ("work", "working"),
    "The my friend helped me.": ("The my", "My"),
    "I must studying tonight.": ("studying", "study"),
    "I didn't had time.": ("had", "have"),
    "There is many problems in my country.": ("is", "are"),
    "The teacher gave us many homeworks.": ("many homeworks", "a lot of homework"),
    "She don't like cold weather.": ("don't", "doesn't"),
    "I am interesting in music and art.": ("interesting", "interested"),
    "Please call to me later.": ("call to", "call"),
    "He is the most smart student in my class.": ("the most smart", "the smartest"),
    "I could not slept last night.": ("slept", "sleep"),
    "I want to know what does it mean.": ("does it mean", "it means"),
    "I am used to get up early.": ("get", "getting"),
    "I enjoy to talk with my friends.": ("to talk", "talking"),
    "She suggested me to take a rest.": ("suggested me to take", "suggested that I take"),
    "We arrived at Seoul in March.": ("at", "in"),
    "My brother have two children.": ("have", "has"),
}
LAST_CORRECT = [
    "I will meet him on Monday morning at 9.", "I feel strongly about this.", "I felt deeply moved.",
    "I know what it means.", "I asked what it was about.", "I wonder what was the matter.",
    "We arrived at Seoul Station.", "I am waiting for you.", "I have experience in farming.", "I told you so.",
    "Let me tell you a story.",
]

# A sixteenth set, written after the fifteenth's rules, run once as written: 15 / 30 — many kinds no earlier set
# had ("good at cook", "spent two years to learn", "so that I went", "not enough good", "speaks English fluent",
# "the better day of my life", "will be arrive", "he was worked in", "my first time to visit", "every sundays" —
# Harper offered "sundaes"). 29 / 30 after them; left: "a little bit good".
SIXTEENTH_ERRORS = {
    # found with the seventeenth set: a contraction was read as two words, and "don't" became "donned"
    "Last night I don't sleep well.": ("don't", "didn't"),
    "He said me goodbye.": ("said me goodbye", "said goodbye to me"),
    "Can you explain me this word?": ("explain me this word", "explain this word to me"),
    "He don't happy.": ("don't", "isn't"),
    "My hometown is famous with its apples.": ("famous with", "famous for"),
    "She is good at cook.": ("cook", "cooking"),
    "I spent two years to learn English.": ("to learn", "learning"),
    "I was very tired, so that I went to bed early.": ("so that", "so"),
    "I didn't used to like vegetables.": ("used", "use"),
    "Do you know where is the station?": ("is the station", "the station is"),
    "I am Korean, but I was born at China.": ("at", "in"),
    "My English is not enough good.": ("enough good", "good enough"),
    "I will call you when I will arrive.": ("will arrive", "arrive"),
    "I am married since 2020.": ("I am", "I have been"),
    "I go to church every sundays.": ("sundays", "Sunday"),
    "I couldn't find nobody.": ("nobody", "anybody"),
    "He speaks English fluent.": ("fluent", "fluently"),
    "Everything were different in Seoul.": ("were", "was"),
    "I am so exciting about the trip.": ("exciting", "excited"),
    "He drives very careful.": ("very careful", "very carefully"),
    "My parents works at a factory.": ("works", "work"),
    "This is the better day of my life.": ("the better", "the best"),
    "I will be arrive at 10.": ("will be arrive", "will arrive"),
    "He was worked in a mine.": ("was worked", "worked"),
    "It is my first time to visit Seoul.": ("to visit", "visiting"),
    "We must to protect our environment.": ("to", ""),
    "He let me to go home.": ("let me to go", "let me go"),
    "I'm looking forward to meet you.": ("meet", "meeting"),
    "My teacher is very kind person.": ("very kind person", "a very kind person"),
    "My brother is study in America.": ("is study", "studies"),
    "I want that my mother is happy.": ("want that my mother is", "want my mother to be"),
    "There was many reasons to leave.": ("was", "were"),
}
SIXTEENTH_CORRECT = [
    "She is good at math.", "He is good at work.", "I spent all my money to buy a house.",
    "I studied hard so that I could pass.", "I left early so that I would not be late.", "It was good enough.",
    "Is it enough?", "We have enough light.", "He speaks English well.", "She drives fast.", "He works hard.",
    "We walked home.", "I read it daily.", "I study English alone.", "They played well.", "I wrote a letter.",
    "She moved away.", "This is the better choice of the two.", "The older sister of my friend is a nurse.",
    "It was the happiest day of my life.", "I will be at home.", "I will be there.", "It will be open tomorrow.",
    "I will be back soon.", "You will be fine.", "She was raised in Seoul.", "My father was arrested at the border.",
    "We were moved to another camp.", "They were gone for a week.", "The field was worked by hand.",
    "Every Sunday we go to church.", "Do you know where the station is?", "Can you tell me where the bank is?",
    "Where is the station?", "I don't know when he will come.", "Tell me when you will leave.",
    "I wonder if he will come.", "We will eat when we finish.", "Everything was different in Seoul.",
    "Nothing is impossible.", "I want my mother to be happy.", "The report must be complete and clear.",
    "Press tab a second time to see the list.", "It was my first time visiting Seoul.",
    "I worked hard so I could rest.",
]

# A seventeenth set, written after the sixteenth's rules, five sentences for each kind the issue names (articles,
# prepositions after verbs, -ed/-ing adjectives, tense with time words, the present perfect with since/for, "to"
# before a person): 16 / 31 at first. It also found a wrong fix ("don't" after a past-time word → "donned").
SEVENTEENTH_ERRORS = {
    "I want to be engineer in the future.": ("engineer", "an engineer"),
    "We live in the small apartment near station.": ("near station", "near the station"),
    "My father was farmer in North Korea.": ("farmer", "a farmer"),
    "I had a lunch with my friends.": ("a lunch", "lunch"),
    "I am thinking to change my major.": ("to change", "of changing"),
    "She apologized me for being late.": ("apologized", "apologized to"),
    "We talked each other for hours.": ("talked each other", "talked to each other"),
    "I will reply you tomorrow.": ("reply", "reply to"),
    "He entered into the classroom.": ("entered into", "entered"),
    "It depends of the situation.": ("depends of", "depends on"),
    "The movie was very bored.": ("bored", "boring"),
    "I was shocking when I heard the news.": ("shocking", "shocked"),
    "It was an exhausted journey.": ("exhausted", "exhausting"),
    "My first day at school was very embarrassed.": ("embarrassed", "embarrassing"),
    "The children were frightening of the dog.": ("frightening", "frightened"),
    "Two weeks ago I start a new job.": ("start", "started"),
    "Tomorrow I went to the hospital.": ("went", "will go"),
    "Last night I don't sleep well.": ("don't", "didn't"),
    "In 2015 my family move to China.": ("move", "moved"),
    "Next year I visited my aunt in Canada.": ("visited", "will visit"),
    "I know her since we were children.": ("I know", "I have known"),
    "She works here for ten years.": ("She works", "She has worked"),
    "We are friends since middle school.": ("We are", "We have been"),
    "I didn't see my father since 2012.": ("I didn't see", "I haven't seen"),
    "I am studying English since last year.": ("I am studying", "I have been studying"),
    "He said me goodbye.": ("said me goodbye", "said goodbye to me"),
    "Can you explain me this word?": ("explain me this word", "explain this word to me"),
    "She described me her village.": ("described me her village", "described her village to me"),
    "I suggested him to rest.": ("suggested him to rest", "suggested that he rest"),
    "The teacher introduced me the new student.": ("introduced me the new student", "introduced the new student to me"),
}
SEVENTEENTH_CORRECT = [
    # each fix applied and the sentence checked again: these came back flagged (Harper: "to you tomorrow" → "your")
    "I will reply to you tomorrow.", "She described her village to me.", "He explained her idea to us.",
    "We live near the station.", "I went to school.", "She is at work.", "We met at the station.",
    "I had lunch with my friends.", "We had a big lunch.", "I had a lunch meeting.", "I thought to myself.",
    "I am thinking of changing my major.", "We talked to each other for hours.", "They love each other.",
    "He entered the classroom.", "They entered into an agreement.", "The movie was very boring.", "I was very bored.",
    "It was an exhausting journey.", "The book was published in 2010.", "The day was filled with joy.",
    "The trip was planned by my father.", "Tomorrow I will go to the hospital.", "Next year I visit my aunt.",
    "Yesterday I went to the hospital.", "She works here.", "He sleeps for eight hours.", "We didn't eat for two days.",
    "I have known her since we were children.", "We have been friends since middle school.",
    "I haven't seen my father since 2012.", "The children were frightened of the dog.", "The children were playing.",
    "She has worked here for ten years.", "I went to the market and bought rice.", "He came to the border at night.",
    "I saw him near the river.", "He was a tired man.", "The news was shocking.", "This class is interesting.",
    "That was amazing.", "It was a relaxed day.",
]

# Kinds that teachers of Korean learners list on their pages: of 24 of their published examples, the whole check
# flagged 10 (measured, not kept here); 21 after the rules for these. Written here in other words.
TAUGHT_ERRORS = {
    "We have dog at home.": ("dog", "a dog"),
    "She bought camera last week.": ("camera", "a camera"),
    "Doctor said I was fine.": ("Doctor", "The doctor"),
    "He was so drunken last night.": ("drunken", "drunk"),
    "We were so scary when the soldiers came.": ("scary", "scared"),
    "Whole of my classmates came.": ("Whole of", "All of"),
    "They ate whole the bread.": ("whole the", "all the"),
    "A new school will be build here.": ("be build", "be built"),
    "Korean are spoken in both countries.": ("are", "is"),
    "Apples was cheap.": ("was", "were"),
    "The hotel has many staffs.": ("many staffs", "a lot of staff"),
}
TAUGHT_CORRECT = [
    "I have a car.", "I have cars.", "I have car insurance.", "We need phone numbers.", "The teacher gave homework.",
    "Teacher training starts today.", "Mother gave me a hug.", "I was so drunk.", "A drunken man sang.",
    "I was so scared.", "The movie was scary.", "All of my friends are students.", "The whole world watched.",
    "The house will be built.", "It will be fun.", "It will be work for us.", "The road will be open.",
    "It has to be done.", "English is spoken here.", "The English are proud.", "Koreans are kind.", "News was slow.",
    "Physics is hard.", "Thomas was kind.", "James is my friend.", "Days were long.", "I have a cold.",
    "I got home late.", "She found work in Seoul.", "We will be there soon.", "The report must be complete.",
]

CORRECT = [
    # near the eighth set's rules
    "A news report said the border was closed.", "She gave me a little money for the bus.",
    "We had a great time at the party.", "At last, we reached the river.",
    "On every Sunday my grandmother went to church.", "My mother and my father don't speak English.",
    "The friends of my sister are kind.", "Let my brother have the last piece.", "Does my teacher have time?",
    "The gift was for them.", "Like he said, the road was long.", "We walked to an information desk.",
    "I was born last year in May.", "It was good news for all of us.", "The weather was cold every morning.",
    "Yesterday I went to the market with my mother.",
    "Last year my family moved to Incheon, and now we live near the sea.",
    "Everyone was kind to me when I arrived in Seoul.",
    "Nobody has ever asked me about my village.",
    "The movie was boring, but my friends were excited.",
    "I am interested in economics and history.",
    "I listen to music every night before I sleep.",
    "We waited for the train for hours.",
    "She arrived home late and looked tired.",
    "My teacher explained the rules to us.",
    "He told me about his hometown.",
    "She said that it was fine.",
    "I feel happy when I speak English.",
    "She sang beautifully at the concert.",
    "They worked hard and slept deeply.",
    "I have lived in Seoul since 2019.",
    "I have been studying English for three years.",
    "She has been working at a factory since last spring.",
    "The door has been open all day.",
    "We have been there twice.",
    "I will call you tomorrow.",
    "Today I want to tell you about my dream.",
    "Three years ago, I was afraid of everything.",
    "When I was young, my grandmother told me stories.",
    "My friend is friendly and very lively.",
    "Look at the lights across the river.",
    "I can speak a little Chinese.",
    "I came to Korea for a better life.",
    "I was born in 2002 and grew up in Hyesan.",
    "Every morning my father walks to work.",
    "Now I study economics, and I work on weekends.",
    "The story is exciting for the children.",
    # the third set's sentences put right, and the readings the usage rules must leave alone
    "Somebody in my family has a car now.", "The police officer explained to us what to do.",
    "I could not contact my mother for a year.", "We escaped in 2017 with my uncle.",
    "Our school starts in September.", "I keep thinking about my hometown.", "I went to the market to buy rice.",
    "My grandmother was a very brave woman.", "He is a soldier in the army.", "It was the hardest time of my life.",
    "I understand your feelings now.", "My friends are very kind to me.", "She told me that she doesn't know.",
    "I asked for help the next morning.", "Everyone I met was kind.", "He was married to a teacher.",
    "The call to prayer woke me.", "My visit to Seoul changed everything.", "She is considered to be the best.",
    "I was born on March 3, 2002.", "We met on Monday.", "One of the boys is my brother.", "Does she have a pen?",
    "Let him do it.", "The news is good.", "Every new word is a key.", "I grew up in Hyesan and moved to Incheon.",
    "My dream is to become a lawyer.", "It was the most difficult decision of my life.", "It depends on you.",
    "We didn't have many friends there.", "One of my best friends lives in Busan.", "Every weekend I visit her.",
    "I really want to see my mother again.", "We finally returned home.", "I got used to eating Korean food.",
    "We look forward to hearing from you.", "I met her two years ago.", "After I finish school, I will work.",
    "He is best known for his songs.", "She is an honest woman.", "Bamboo is used to make paper.",
    "I don't know when I will arrive.", "I have lived here since last year.", "Much of the work was hard.",
    "Each class has a teacher.", "She became the first doctor in her family.", "He used to be a teacher.",
    # the sixth set's corrections, and sentences that look like its errors
    "My uncle made me study every night.", "My father made his way to the border.", "We finally made it to Seoul.",
    "I could tell that he was tired.", "She told me that she was fine.", "Because of the war, so many people left.",
    "Although it was late, we kept walking.", "I asked her where she was from.", "I asked what was wrong.",
    "Do you know where he is?", "She asked me how old I was.", "During the three years I was there, I studied.",
    "We stayed a few days.", "I joined a sports club.", "She had a sales job.", "It was a series of mistakes.",
    "In the Seoul of my childhood, there were no lights.", "We crossed the Yalu at night.", "I went home.",
    "One of the people was kind.", "Our method of protecting your rights has two steps.", "I hope you are well.",
    "I want you to listen.", "They made us wait for hours.", "I know what the problem is.",
    "I didn't have any friends.", "Any friend of mine is welcome.", "I don't have any money.",
    "I hope to be a doctor.", "The soldiers let nobody pass.", "My aunt made it clear that we were welcome.",
    "Even though it rained, so many people came.", "We asked how far the river was.", "They took a news photo.",
    "I went to the Busan office of the company.", "I told him that I was fine.", "He told that story many times.",
    "Grandmother told that joke every winter.", "I read a news article.", "She was a nurses' aide.",
    "It was a thousand years ago.", "She took a statistics course.", "During two weeks of training, we learned a lot.",
    "The Seoul Olympics were in 1988.", "We went Christmas shopping.", "I asked myself why did I survive.",
    "Do you know what time it is?", "There were a great many people.",
]


def _missed(errors: dict[str, tuple[str, str]]) -> list[tuple[str, list]]:
    """The sentences whose error is not flagged on the expected words with the expected first fix."""
    missed = []
    for sentence, (words, suggestion) in errors.items():
        found = [f for f in check(sentence) if sentence[f.start:f.end] == words]
        if not found or found[0].suggestions[0] != suggestion:
            missed.append((sentence, [(sentence[f.start:f.end], f.suggestions) for f in check(sentence)]))
    return missed


def test_unseen_learner_errors_are_flagged_with_real_english() -> None:
    missed = _missed(ERRORS)
    assert len(missed) <= len(ERRORS) // 10, missed  # at least 90 % of these kinds flagged, with the right fix


def test_usage_errors_written_after_the_rules_are_flagged_with_real_english() -> None:
    errors = {**MORE_ERRORS, **PHRASE_ERRORS, **CLAUSE_ERRORS, **NOUN_ERRORS, **NINTH_ERRORS, **TENTH_ERRORS,
              **FORM_ERRORS, **LATE_ERRORS, **WORD_ERRORS,
              **LAST_ERRORS, **SIXTEENTH_ERRORS,
              **SEVENTEENTH_ERRORS, **TAUGHT_ERRORS}
    missed = _missed(errors)
    assert len(missed) <= len(errors) // 10, missed


def test_the_usage_rules_stay_silent_on_the_benchmark_speeches() -> None:
    """Every sentence of the benchmark speeches is correct English: no learner rule may fire on one."""
    import re
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    text = (root / "benchmarks" / "speech_text.txt").read_text(encoding="utf-8")
    sentences = [s for s in re.split(r"(?<=[.!?])\s+", " ".join(text.split())) if s]
    assert len(sentences) > 20
    alarms = [(s, [(s[f.start:f.end], f.rule) for f in check(s)]) for s in sentences if list(check(s))]
    assert alarms == []


def test_no_false_alarms_on_correct_sentences() -> None:
    alarms = [(s, found) for s in CORRECT + NINTH_CORRECT + TENTH_CORRECT + FORM_CORRECT + WORD_CORRECT
              + LAST_CORRECT + SIXTEENTH_CORRECT
              + SEVENTEENTH_CORRECT + TAUGHT_CORRECT
              if (found := [(s[f.start:f.end], f.rule) for f in check(s)])]
    assert alarms == []
