using System.Collections.Frozen;

namespace FaultMaven.Core.Privacy.Recognizers;

/// <summary>A gazetteer of common given names across languages; a capitalised pair that starts with one is very likely a person.</summary>
internal static class FirstNames
{
    private const string Names = """
        Aaron Abdul Abdullah Abel Abigail Abraham Ada Adam Adaeze Adebayo Adel Adele Adeola Aditi Aditya Adrian Adriana Afua Agnes Ahmad Ahmed Aiden Aiko Aisha Akira Akosua
        Alan Alba Albert Alberto Aleksander Aleksandra Alex Alexander Alexandra Alexei Alfred Ali Alice Alicia Alina Alison Aliyu Allison Alma Amal Amanda Amara Amber Amelia
        Amina Amir Amit Amy Ana Anders Andre Andrea Andreas Andrei Andres Andrés Andrew Andrzej Angela Angelo Anika Anil Anita Anja Anjali Ann Anna Anne Annika Anthony Anton
        Antonio Anya Arash Arjun Arnav Arne Arthur Arturo Arun Asha Ashley Astrid Aubrey Audrey Aurora Ava Axel Ayaan Ayesha Ayumi Aziz Barbara Bart Beatrice Beatriz Ben
        Benjamin Bernard Bianca Bilal Björn Blessing Bogdan Boris Brandon Brenda Brian Bridget Bruno Bryan Caleb Camila Camille Candice Carl Carla Carlos Carmen Carol Caroline
        Carolyn Catalina Catherine Cecilia Celine Chantal Charles Charlotte Chen Chidi Chiamaka Chinedu Chioma Chloe Chris Christian Christina Christine Christopher Chukwuma Claire
        Clara Claudia Colin Connor Cristina Daan Dana Daniel Daniela Danielle Dario Darius David Deborah Deepak Denis Dennis Derek Diana Diego Dimitri Divya Dmitri Dmitry Dominic
        Donald Dong Dorothy Douglas Duc Dylan Ebere Eduardo Edward Efua Ehsan Eileen Ekaterina Elena Eli Elias Elif Elijah Elin Elisa Elizabeth Ella Ellen Ellie Emeka Emil Emily
        Emir Emma Emmanuel Enrique Eric Erik Erika Erin Esra Esther Ethan Eva Evan Eve Fabian Fabio Farah Fatima Fatma Felipe Felix Fernando Filip Finn Fiona Florian Francesca
        Francisco Frank Freya Frida Gabriel Gabriela Gareth Gary Gaurav Gemma George Georgia Gerald Gianluca Gilbert Giorgio Giulia Giuseppe Gloria Grace Greg Gregory Greta
        Guillermo Gustavo Hakan Hamza Hana Hannah Hans Harold Haruka Haruto Hassan Heather Hector Heidi Helen Helena Henrik Henry Hiroshi Hiroki Hoang Hugo Hui Hyun Ian Ibrahim
        Ifeoma Igor Ikechukwu Ilse Ines Inés Ingrid Irene Iris Isaac Isabel Isabela Isabella Isabelle Ishaan Ismail Ivan Ivana Jack Jacob Jacqueline Jakob Jakub James Jamal Jan
        Jana Jane Janet Janice Jasmine Jason Javier Jean Jeff Jeffrey Jennifer Jens Jeremy Jerome Jesse Jessica Jesús Ji Jia Jin Joan Joanna João Joe Johan Johanna John Jonas
        Jonathan Jordan Jorge Jose José Joseph Joshua Joy Juan Judith Julia Julian Julie Julien Jun Jung Justin Kaito Kamal Kamala Karen Karim Karin Karl Karolina Kasia Kate
        Katarzyna Katherine Kathleen Kavya Keanu Keiko Keith Kelly Ken Kenji Kenneth Kevin Khalid Kim Kimberly Klaus Kofi Kristin Kwame Kyle Lakshmi Lars Laura Lauren Layla Leah
        Lee Leila Leilani Lena Leo Leon Leonardo Liam Lily Lina Linda Lisa Liu Lorenzo Louis Louise Luca Lucas Lucia Lucía Luis Luisa Lukas Łukasz Luke Lydia Magdalena Mahmoud
        Maja Makoa Malaika Malia Malik Mandla Manuel Marc Marcel Marco Marcus Margaret Maria María Mariam Marie Marina Mario Mark Marta Martha Martin Mary Mateo Matteo Matthew
        Matthias Maureen Maurice Max Maxim Maya Megan Mehmet Mei Mei-Ling Melissa Mia Michael Michal Michał Michelle Miguel Mikael Mike Mila Milan Min Ming Mira Miriam Mohamed
        Mohammad Mohammed Monica Morgan Moritz Mustafa Nadia Nadine Nancy Naomi Natalia Natalie Nathan Neha Nia Nicholas Nicolas Nicole Niels Nikhil Nikita Nikolai Nils Nina
        Noah Noor Nora Nour Obinna Oliver Olivia Omar Oscar Pablo Paolo Patricia Patrick Paul Paula Pavel Pedro Peter Petra Philip Philipp Pierre Pooja Precious Priya Priyanka
        Qian Rachel Rafael Rahul Raj Rajesh Ram Ramón Rania Raphael Ravi Rebecca Reza Ricardo Richard Rita Robert Roberto Robin Rohan Roman Rosa Rose Ruben Ruth Ryan Ryo Sabine
        Sachin Sakura Salma Sam Samantha Samir Samuel Sandeep Sandra Sanjay Santiago Sara Sarah Sebastian Sebastián Sergei Sergio Shanice Sharon Shira Shreya Siddharth Simon
        Simone Siobhan Sipho Siti Sofia Sofía Sophia Sophie Soren Søren Stefan Stefanie Stephanie Stephen Steven Sunil Susan Suresh Sven Svetlana Takeshi Tamar Tanvir Tara Tariq
        Tatiana Teresa Thabo Thandiwe Theo Thomas Tiago Timothy Tobias Tom Tomas Tomás Tomasz Tran Tyler Umar Ursula Valentina Vanessa Varun Vera Veronica Victor Victoria Vikram
        Aoife Niamh Ciara Saoirse Sean Seán Maeve Declan Cormac Oisín Eoin Brendan Padraig Róisín Ignacio Joaquín Rocío Lucas Kemal Oğuz Burak Ayşe
        Viktor Vincent Vivek Wei Wen William Wojciech Xavier Xin Yan Yara Yasmin Yiannis Yong Yosef Youssef Yuki Yuna Yusuf Yuto Zainab Zara Zeynep Zhang Zhou Zoe Zoë Zofia
        """;

    // The commonest given names written in Cyrillic, from the naming customs of each language (Russian, Ukrainian, Belarusian,
    // Kazakh, Uzbek, Tajik, Kyrgyz), spelled as each writes them (Олександр, Нұрлан, Улуғбек, Фаррух). Names that are also common
    // words (Вера, Надежда, Любовь, Роман, Лев, Слава, Роза, Лилия, Виктория; Арман, Алмас, Эркин) are left out: a sentence can
    // open with them.
    private const string CyrillicNames = """
        Александр Алексей Анатолий Андрей Антон Аркадий Арсений Артём Артем Артур Богдан Борис Вадим Валентин Валерий Василий Виктор Виталий
        Владимир Владислав Всеволод Вячеслав Геннадий Георгий Глеб Гордей Григорий Давид Даниил Данила Демид Денис Дмитрий Евгений Егор Елисей
        Ефим Захар Иван Игнат Игорь Илья Кирилл Константин Леонид Макар Максим Марат Матвей Михаил Назар Никита Николай Олег Остап Павел Платон
        Прохор Пётр Петр Ренат Ринат Родион Ростислав Руслан Савелий Святослав Семён Семен Серафим Сергей Станислав Степан Тимофей Тимур Трофим
        Фёдор Федор Филипп Эдуард Эмиль Юрий Яков Ярослав
        Алевтина Александра Алёна Алена Алина Алиса Алла Анастасия Ангелина Анна Антонина Арина Валентина Валерия Варвара Василиса Вероника
        Галина Дарина Дарья Диана Евгения Екатерина Елена Елизавета Жанна Зарина Зинаида Инна Ирина Карина Кира Клавдия Кристина Ксения Лариса
        Лидия Людмила Маргарита Марина Мария Милана Мирослава Наталья Наталия Нина Оксана Олеся Ольга Полина Раиса Светлана Снежана Софья София
        Таисия Тамара Татьяна Ульяна Эвелина Элина Юлия Яна
        Олександр Олексій Андрій Василь Віктор Володимир Дмитро Євген Ігор Микола Михайло Петро Сергій Юрій Орест Мирослав Любомир Тарас
        Олена Ірина Наталія Тетяна Ганна Катерина Світлана Соломія Христина Богдана Зоряна Ярина Леся Аляксандр Алесь Янка
        Айгерим Айдана Айжан Айнур Асель Әсел Аружан Гүлнар Гульнара Данияр Дәурен Даурен Ерлан Ержан Ерболат Жандос Жансая Мадина Мұрат Мурат
        Нұрлан Нурлан Нұрсұлтан Нурсултан Серік Серик Бауыржан Бауржан Асқар Аскар Азамат Айдос Бекзат Самат Санжар Талгат Қайрат Кайрат Ерік
        Азиз Бахтиёр Бобур Улуғбек Улугбек Жасур Дилшод Шерзод Фарход Отабек Жамшид Рустам Сардор Ильхом Акмал Анвар Ботир Дилноза Нилуфар
        Гулнора Дилфуза Феруза Шахноза Зилола Умида Нодира Сарвар Хуршид Шухрат Элёр Бекзод Даврон Лазиз Равшан Фаррух
        Парвиз Фирдавс Меҳрона Исмоил Далер Манучеҳр Манучехр Шаҳзод Нигина Дилором Фарзона Шабнам Фируза Суҳроб Сухроб Хуршед Комрон Ҷамшед
        Джамшед Алишер Икром Абдулло Нурбек Айбек Эрмек Бакыт Чынгыз Айпери Жылдыз
        """;

    /// <summary>Gets the names, compared without regard to case.</summary>
    public static FrozenSet<string> All { get; } =
        (Names + "\n" + CyrillicNames).Split([' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}
