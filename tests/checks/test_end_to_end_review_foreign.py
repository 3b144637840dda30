"""Review of German, French and Spanish text: check(extract(text, locale)) on news-style passages.

CONSISTENT passages must raise nothing at warning or above; PLANTED ones, each with one error
written in, exactly the listed codes. The passages are ours, written for this review.
"""

from __future__ import annotations

import pytest

from factcheck import Severity, check
from factcheck._extract import extract

CONSISTENT = {
    "de-asyl-von-auf": (
        "de_DE",
        "Die Zahl der Asylanträge stieg von 200.000 im Jahr 2022 auf 250.000 im Jahr 2023, ein Anstieg um 25 %.",
    ),
    "de-ticket-plus-euro": (
        "de_DE",
        "Der Preis für das Deutschlandticket steigt von 49 € auf 58 €, ein Plus von 9 Euro.",
    ),
    "de-arbeitslose-rund": (
        "de_DE",
        "Die Zahl der Arbeitslosen sank von 2,6 Millionen auf 2,5 Millionen, ein Rückgang um rund 4 %.",
    ),
    "de-mitarbeiter-davon": (
        "de_DE",
        "Das Unternehmen beschäftigt 12.000 Mitarbeiter, davon 8.000 in Deutschland und 4.000 im Ausland.",
    ),
    "de-schulen-jaehrlich": (
        "de_DE",
        "Die Stadt investiert jährlich 30 Mio. Euro in Schulen, also 150 Mio. Euro über fünf Jahre.",
    ),
    "de-firmen-share": (
        "de_DE",
        "Von den 1.500 befragten Unternehmen gaben 300, also 20 %, an, Stellen abbauen zu wollen.",
    ),
    "de-inflation-punkte": (
        "de_DE",
        "Die Inflation sank im Oktober auf 3,8 %, nach 4,5 % im September, ein Rückgang um 0,7 Prozentpunkte.",
    ),
    "de-umsatz-wuchs-nach": (
        "de_DE",
        "Der Umsatz des Konzerns wuchs um 10 % auf 22 Mrd. Euro, nach 20 Mrd. Euro im Vorjahr.",
    ),
    "de-mieten-seit": (
        "de_DE",
        "Die Mieten in Berlin sind seit 2015 um rund 40 % gestiegen.",
    ),
    "de-pendler-taeglich": (
        "de_DE",
        "Rund 300.000 Menschen pendeln täglich nach München.",
    ),
    "de-wohnungen-zwei-jahre": (
        "de_DE",
        "Im Jahr 2023 wurden 400.000 Wohnungen gebaut. Im Jahr 2022 waren es 350.000.",
    ),
    "de-geburten-zurueck": (
        "de_DE",
        "Die Zahl der Geburten ging im vergangenen Jahr um 6 % auf 690.000 zurück.",
    ),
    "de-jeder-fuenfte": (
        "de_DE",
        "Jeder fünfte der 5.000 Befragten, also rund 1.000, hat kein Auto.",
    ),
    "de-haelfte-betten": (
        "de_DE",
        "Die Hälfte der 800 Betten, also 400, steht im neuen Gebäude.",
    ),
    "de-mindestlohn": (
        "de_DE",
        "Der Mindestlohn steigt von 12,41 € auf 12,82 € pro Stunde, ein Plus von 3,3 %.",
    ),
    "de-fluege-minus": (
        "de_DE",
        "Die Zahl der Flüge sank von 1.200 pro Woche auf 900, ein Minus von 25 %.",
    ),
    "de-miete-monatlich": (
        "de_DE",
        "Die Gemeinde zahlt monatlich 5.000 Euro Miete, also 60.000 Euro im Jahr.",
    ),
    "de-bundeslaender": (
        "de_DE",
        "In Bayern wurden 2023 rund 60.000 Wohnungen gebaut. In Sachsen wurden 2023 rund 15.000 Wohnungen gebaut.",
    ),
    "de-demo-range": (
        "de_DE",
        "Zwischen 5.000 und 7.000 Menschen demonstrierten am Samstag in Hamburg.",
    ),
    "de-feuerwehr-hedges": (
        "de_DE",
        "Mehr als 2.000 Feuerwehrleute waren im Einsatz, mindestens 400 Häuser wurden zerstört.",
    ),
    "de-umfrage-100": (
        "de_DE",
        "In der Umfrage kam die Union auf 30 %, die SPD auf 16 % und die übrigen Parteien auf 54 %.",
    ),
    "de-oelpreis-dollar": (
        "de_DE",
        "Der Ölpreis stieg um 3 Dollar auf 85 Dollar je Barrel.",
    ),
    "de-exporte-importe": (
        "de_DE",
        "Die Exporte nach China gingen 2023 um 9 % zurück, die Importe sanken um 12 %.",
    ),
    "de-studierende-verdoppelt": (
        "de_DE",
        "Die Zahl der Studierenden hat sich verdoppelt, von 1 Million im Jahr 1995 auf 2 Millionen im Jahr 2023.",
    ),
    "de-paket-teile": (
        "de_DE",
        "Das Paket umfasst 60 Mio. €: 25 Mio. € für Busse, 20 Mio. € für Radwege und 15 Mio. € für Straßen.",
    ),
    "de-bahn-fahrgaeste": (
        "de_DE",
        "Die Bahn beförderte 2023 rund 1,8 Mrd. Fahrgäste. Im Jahr 2019 waren es 1,9 Mrd.",
    ),
    "de-quote-punkte-von-auf": (
        "de_DE",
        "Die Arbeitslosenquote stieg von 5,7 % auf 6,0 %, ein Anstieg um 0,3 Prozentpunkte.",
    ),
    "de-verein-mitglieder": (
        "de_DE",
        "Der Verein hat 1.200 Mitglieder, von denen 300 jünger als 18 Jahre sind.",
    ),
    "de-kaffee-cent": (
        "de_DE",
        "Eine Tasse Kaffee kostet am Bahnhof inzwischen 3,50 €, 50 Cent mehr als im Vorjahr.",
    ),
    "de-gehalt-monat-jahr": (
        "de_DE",
        "Pflegekräfte verdienen im Schnitt 3.500 € im Monat, also 42.000 € im Jahr.",
    ),
    "de-dividende-quartal": (
        "de_DE",
        "Die Firma zahlt eine Dividende von 0,50 € pro Quartal, also 2 € pro Jahr.",
    ),
    "de-patienten-woche": (
        "de_DE",
        "Die Klinik behandelt 250 Patienten pro Woche, also rund 13.000 im Jahr.",
    ),
    "de-gewinn-halbiert": (
        "de_DE",
        "Der Gewinn hat sich halbiert, von 4 Mrd. Euro auf 2 Mrd. Euro.",
    ),
    "de-pfund-preis": (
        "de_DE",
        "Ein Pint Bier kostet in London inzwischen 6 £, vor fünf Jahren waren es 5 £.",
    ),
    "de-teil-der-gesamt": (
        "de_DE",
        "300 der 1.500 befragten Firmen, also 20 %, wollen im kommenden Jahr Stellen streichen.",
    ),
    "de-davon-also": (
        "de_DE",
        "Die Klinik hat 1.200 Beschäftigte, davon 300 in Teilzeit, also ein Viertel.",
    ),
    "de-prozent-der-also": (
        "de_DE",
        "Rund 30 % der 5.000 Betriebe, also etwa 1.500, meldeten Verluste.",
    ),
    "de-teile-insgesamt": (
        "de_DE",
        "Die drei Kliniken erhalten 40 Mio. Euro, 35 Mio. Euro und 25 Mio. Euro, insgesamt 100 Mio. Euro.",
    ),
    "de-aufgeteilt": (
        "de_DE",
        "Die 900.000 Euro Preisgeld werden aufgeteilt in 500.000 Euro, 300.000 Euro und 100.000 Euro.",
    ),
    "de-auf-nach-quote": (
        "de_DE",
        "Die Arbeitslosenquote stieg im Mai auf 6,1 %, nach 5,8 % im April.",
    ),
    "de-gewinn-auf-nach": (
        "de_DE",
        "Der Nettogewinn fiel um 40 % auf 1,2 Mrd. Euro, nach 2 Mrd. Euro im Vorjahr.",
    ),
    "de-pro-jahr-ueber": (
        "de_DE",
        "Der Bund stellt 2 Mrd. Euro pro Jahr bereit, also 10 Mrd. Euro über fünf Jahre.",
    ),
    "de-einwohner-range": (
        "de_DE",
        "In der Stadt leben zwischen 80.000 und 90.000 Menschen.",
    ),
    "de-zitat": (
        "de_DE",
        "„Wir haben 1.200 neue Polizisten eingestellt“, sagte der Innenminister am Dienstag.",
    ),
    "de-dollar-umsatz": (
        "de_DE",
        "Der Konzern setzte im Jahr 2023 rund 4,6 Mrd. Dollar um, nach 4,2 Mrd. Dollar im Jahr 2022.",
    ),
    "de-zwei-saetze-rueckgang": (
        "de_DE",
        "Im Jahr 2019 zählte das Museum 600.000 Besucher. Im vergangenen Jahr kamen 450.000, ein Rückgang um 25 %.",
    ),
    "de-pfund-gehalt": (
        "de_DE",
        "Britische Pflegekräfte verdienen im Schnitt 2.800 £ im Monat, also 33.600 £ im Jahr.",
    ),
    "de-anteil-prozent-alleine": (
        "de_DE",
        "Rund 15 % der Erwachsenen in Deutschland rauchen, vor zehn Jahren waren es noch 25 %.",
    ),
    "fr-demandes-de-a": (
        "fr_FR",
        "Le nombre de demandes d'asile est passé de 120 000 en 2022 à 150 000 en 2023, soit une hausse de 25 %.",
    ),
    "fr-ticket-metro": (
        "fr_FR",
        "Le prix du ticket de métro passe de 2,10 € à 2,50 €, une hausse de 40 centimes.",
    ),
    "fr-chomeurs-baisse": (
        "fr_FR",
        "Le nombre de chômeurs a reculé de 3,2 millions à 3 millions, une baisse d'environ 6 %.",
    ),
    "fr-salaries-dont": (
        "fr_FR",
        "Le groupe emploie 12 000 salariés, dont 8 000 en France et 4 000 à l'étranger.",
    ),
    "fr-ecoles-par-an": (
        "fr_FR",
        "La région investit 30 millions d'euros par an dans les lycées, soit 150 millions d'euros sur cinq ans.",
    ),
    "fr-ventes-hausse": (
        "fr_FR",
        "Les ventes de voitures électriques ont augmenté de 20 % en 2023.",
    ),
    "fr-inflation-points": (
        "fr_FR",
        "Le taux de chômage a reculé de 7,5 % à 7,1 %, une baisse de 0,4 point.",
    ),
    "fr-ca-progression": (
        "fr_FR",
        "Le chiffre d'affaires a progressé de 10 % pour atteindre 22 milliards d'euros.",
    ),
    "fr-loyers-paris": (
        "fr_FR",
        "Les loyers à Paris ont augmenté d'environ 40 % depuis 2015.",
    ),
    "fr-navetteurs": (
        "fr_FR",
        "Environ 300 000 personnes se rendent chaque jour à Lyon pour travailler.",
    ),
    "fr-logements-deux-annees": (
        "fr_FR",
        "En 2023, 370 000 logements ont été mis en chantier. En 2022, ils étaient 390 000.",
    ),
    "fr-naissances-recul": (
        "fr_FR",
        "Le nombre de naissances a diminué de 7 % en 2023, à 678 000.",
    ),
    "fr-moitie-lits": (
        "fr_FR",
        "La moitié des 800 lits, soit 400, se trouvent dans le nouveau bâtiment.",
    ),
    "fr-smic": (
        "fr_FR",
        "Le smic horaire passe de 11,27 € à 11,52 €, soit une hausse de 2,2 %.",
    ),
    "fr-vols-semaine": (
        "fr_FR",
        "Le nombre de vols est passé de 1 200 par semaine à 900, une baisse de 25 %.",
    ),
    "fr-loyer-mois-an": (
        "fr_FR",
        "La commune paie un loyer de 5 000 euros par mois, soit 60 000 euros par an.",
    ),
    "fr-regions": (
        "fr_FR",
        (
            "En Bretagne, 20 000 logements ont été construits en 2023. En Normandie, 15 000 logements ont été "
            "construits en 2023."
        ),
    ),
    "fr-manif-fourchette": (
        "fr_FR",
        "Entre 5 000 et 7 000 personnes ont manifesté samedi à Marseille.",
    ),
    "fr-pompiers": (
        "fr_FR",
        "Plus de 2 000 pompiers ont été mobilisés et au moins 400 maisons ont été détruites.",
    ),
    "fr-sondage-100": (
        "fr_FR",
        "Selon le sondage, 52 % des électeurs soutiennent la réforme, 44 % s'y opposent et 4 % sont sans opinion.",
    ),
    "fr-petrole-dollars": (
        "fr_FR",
        "Le prix du baril a grimpé de 3 dollars, à 85 dollars.",
    ),
    "fr-exportations": (
        "fr_FR",
        "Les exportations vers la Chine ont chuté de 9 % en 2023, tandis que les importations ont reculé de 12 %.",
    ),
    "fr-etudiants-double": (
        "fr_FR",
        "Le nombre d'étudiants a doublé, passant de 1 million en 1990 à 2 millions en 2023.",
    ),
    "fr-plan-tiret": (
        "fr_FR",
        (
            "Le plan de 60 millions d'euros prévoit 25 millions d'euros pour les bus, 20 millions d'euros pour le"
            " vélo et 15 millions d'euros pour les routes."
        ),
    ),
    "fr-sncf-voyageurs": (
        "fr_FR",
        "La SNCF a transporté 1,2 milliard de voyageurs en 2023, contre 1,1 milliard en 2022.",
    ),
    "fr-taux-points-hausse": (
        "fr_FR",
        "Le taux de pauvreté est passé de 14,5 % à 14,8 %, une hausse de 0,3 point.",
    ),
    "fr-adherents": (
        "fr_FR",
        "L'association compte 1 200 adhérents, dont 300 ont moins de 18 ans.",
    ),
    "fr-cafe-centimes": (
        "fr_FR",
        "Un café coûte désormais 2,20 € au comptoir, 20 centimes de plus que l'an dernier.",
    ),
    "fr-salaire-mois-an": (
        "fr_FR",
        "Une infirmière gagne en moyenne 2 500 € par mois, soit 30 000 € par an.",
    ),
    "fr-patients-semaine": (
        "fr_FR",
        "L'hôpital accueille 250 patients par semaine, soit environ 13 000 par an.",
    ),
    "fr-benefice-moitie": (
        "fr_FR",
        "Le bénéfice a été divisé par deux, passant de 4 milliards d'euros à 2 milliards d'euros.",
    ),
    "fr-livres-sterling": (
        "fr_FR",
        "Une pinte coûte désormais 6 £ à Londres, contre 5 £ il y a cinq ans.",
    ),
    "fr-hausse-de-a-dette": (
        "fr_FR",
        "La dette de la ville est passée de 800 millions d'euros à 1 milliard d'euros, une hausse de 25 %.",
    ),
    "fr-part-des-total": (
        "fr_FR",
        "Sur les 1 500 entreprises interrogées, 300, soit 20 %, prévoient de supprimer des postes.",
    ),
    "fr-dont-soit": (
        "fr_FR",
        "L'hôpital compte 1 200 agents, dont 300 à temps partiel, soit un quart.",
    ),
    "fr-pourcent-des-soit": (
        "fr_FR",
        "Environ 30 % des 5 000 entreprises, soit quelque 1 500, ont déclaré des pertes.",
    ),
    "fr-parts-au-total": (
        "fr_FR",
        (
            "Les trois hôpitaux recevront 40 millions, 35 millions et 25 millions d'euros, soit 100 millions "
            "d'euros au total."
        ),
    ),
    "fr-repartis": (
        "fr_FR",
        (
            "Les 900 000 euros de gains seront répartis entre trois gagnants : 500 000 euros, 300 000 euros et "
            "100 000 euros."
        ),
    ),
    "fr-contre-taux": (
        "fr_FR",
        "Le taux de chômage est remonté à 7,5 % au deuxième trimestre, contre 7,3 % au premier.",
    ),
    "fr-benefice-contre": (
        "fr_FR",
        "Le bénéfice net a reculé de 40 % à 1,2 milliard d'euros, contre 2 milliards d'euros un an plus tôt.",
    ),
    "fr-par-an-sur": (
        "fr_FR",
        "L'État versera 2 milliards d'euros par an, soit 10 milliards d'euros sur cinq ans.",
    ),
    "fr-fourchette-habitants": (
        "fr_FR",
        "La ville compte entre 80 000 et 90 000 habitants.",
    ),
    "fr-citation": (
        "fr_FR",
        "« Nous avons recruté 1 200 policiers cette année », a déclaré le ministre mardi.",
    ),
    "fr-dollars-ca": (
        "fr_FR",
        (
            "Le groupe a réalisé un chiffre d'affaires de 4,6 milliards de dollars en 2023, contre 4,2 milliards "
            "en 2022."
        ),
    ),
    "fr-deux-phrases-baisse": (
        "fr_FR",
        (
            "En 2019, le musée a accueilli 600 000 visiteurs. L'an dernier, il en a reçu 450 000, soit une baisse"
            " de 25 %."
        ),
    ),
    "fr-livres-salaire": (
        "fr_FR",
        "Une infirmière britannique gagne en moyenne 2 800 £ par mois, soit 33 600 £ par an.",
    ),
    "fr-fumeurs": (
        "fr_FR",
        "Environ 25 % des adultes fument en France, contre 30 % il y a dix ans.",
    ),
    "fr-un-sur-cinq": (
        "fr_FR",
        "Un Français sur cinq, soit environ 13 millions de personnes, vit seul.",
    ),
    "es-solicitudes-de-a": (
        "es_ES",
        "Las solicitudes de asilo pasaron de 120.000 en 2022 a 150.000 en 2023, un aumento del 25 %.",
    ),
    "es-billete-metro": (
        "es_ES",
        "El precio del billete de metro sube de 1,50 € a 2 €, un aumento de 50 céntimos.",
    ),
    "es-parados-bajada": (
        "es_ES",
        "El número de parados bajó de 3 millones a 2,7 millones, un descenso del 10 %.",
    ),
    "es-empleados-de-los-cuales": (
        "es_ES",
        "La empresa emplea a 12.000 trabajadores, de los cuales 8.000 están en España y 4.000 en el extranjero.",
    ),
    "es-colegios-al-ano": (
        "es_ES",
        "El Gobierno invertirá 30 millones de euros al año en colegios, 150 millones de euros en cinco años.",
    ),
    "es-ventas-subieron": (
        "es_ES",
        "Las ventas de coches eléctricos subieron un 20 % en 2023.",
    ),
    "es-paro-puntos": (
        "es_ES",
        "La tasa de paro bajó del 12,5 % al 11,8 %, un descenso de 0,7 puntos.",
    ),
    "es-facturacion": (
        "es_ES",
        "La facturación del grupo creció un 10 % hasta los 22.000 millones de euros.",
    ),
    "es-alquileres-madrid": (
        "es_ES",
        "Los alquileres en Madrid han subido alrededor de un 40 % desde 2015.",
    ),
    "es-viajeros-diarios": (
        "es_ES",
        "Unas 300.000 personas viajan cada día en el metro de Bilbao.",
    ),
    "es-viviendas-dos-anos": (
        "es_ES",
        "En 2023 se construyeron 90.000 viviendas. En 2022 fueron 85.000.",
    ),
    "es-nacimientos": (
        "es_ES",
        "Los nacimientos cayeron un 2 % en 2023, hasta 322.000.",
    ),
    "es-mitad-camas": (
        "es_ES",
        "La mitad de las 800 camas, es decir 400, están en el nuevo edificio.",
    ),
    "es-smi": (
        "es_ES",
        "El salario mínimo sube de 1.080 € a 1.134 € al mes, un aumento del 5 %.",
    ),
    "es-vuelos-semana": (
        "es_ES",
        "Los vuelos pasaron de 1.200 a la semana a 900, una caída del 25 %.",
    ),
    "es-alquiler-mes-ano": (
        "es_ES",
        "El ayuntamiento paga un alquiler de 5.000 euros al mes, 60.000 euros al año.",
    ),
    "es-regiones": (
        "es_ES",
        "En Andalucía se construyeron 20.000 viviendas en 2023. En Galicia se construyeron 6.000 viviendas en 2023.",
    ),
    "es-manifestacion": (
        "es_ES",
        "Entre 5.000 y 7.000 personas se manifestaron el sábado en Valencia.",
    ),
    "es-bomberos": (
        "es_ES",
        "Más de 2.000 bomberos participaron en la extinción y al menos 400 casas quedaron destruidas.",
    ),
    "es-encuesta-100": (
        "es_ES",
        "Según la encuesta, el 52 % apoya la reforma, el 44 % la rechaza y el 4 % no sabe.",
    ),
    "es-petroleo": (
        "es_ES",
        "El barril de Brent subió 3 dólares, hasta los 85 dólares.",
    ),
    "es-exportaciones": (
        "es_ES",
        "Las exportaciones a China cayeron un 9 % en 2023, mientras que las importaciones bajaron un 12 %.",
    ),
    "es-estudiantes-duplico": (
        "es_ES",
        "El número de estudiantes se duplicó, de 1 millón en 1990 a 2 millones en 2023.",
    ),
    "es-plan-partes": (
        "es_ES",
        (
            "El plan de 60 millones de euros incluye 25 millones de euros para autobuses, 20 millones de euros "
            "para bicicletas y 15 millones de euros para carreteras."
        ),
    ),
    "es-renfe-viajeros": (
        "es_ES",
        "Renfe transportó 500 millones de viajeros en 2023, frente a 450 millones en 2022.",
    ),
    "es-pobreza-puntos": (
        "es_ES",
        "La tasa de pobreza pasó del 20,4 % al 20,2 %, un descenso de 0,2 puntos.",
    ),
    "es-socios": (
        "es_ES",
        "El club tiene 1.200 socios, de los cuales 300 son menores de 18 años.",
    ),
    "es-cafe-centimos": (
        "es_ES",
        "Un café cuesta ya 1,60 € en la barra, 20 céntimos más que el año pasado.",
    ),
    "es-sueldo-mes-ano": (
        "es_ES",
        "Una enfermera cobra de media 2.000 € al mes, unos 24.000 € al año.",
    ),
    "es-pacientes-semana": (
        "es_ES",
        "El hospital atiende a 250 pacientes a la semana, unos 13.000 al año.",
    ),
    "es-beneficio-mitad": (
        "es_ES",
        "El beneficio se redujo a la mitad, de 4.000 millones de euros a 2.000 millones de euros.",
    ),
    "es-libras": (
        "es_ES",
        "Una pinta cuesta ya 6 £ en Londres, frente a 5 £ hace cinco años.",
    ),
    "es-deuda-de-a": (
        "es_ES",
        "La deuda municipal pasó de 800 millones de euros a 1.000 millones de euros, un aumento del 25 %.",
    ),
    "es-parte-de-las": (
        "es_ES",
        "De las 1.500 empresas encuestadas, 300, es decir, el 20 %, prevén recortar plantilla.",
    ),
    "es-de-los-cuales-es-decir": (
        "es_ES",
        (
            "El hospital cuenta con 1.200 trabajadores, de los cuales 300 trabajan a tiempo parcial, es decir, "
            "una cuarta parte."
        ),
    ),
    "es-porcentaje-de-las": (
        "es_ES",
        "Alrededor del 30 % de las 5.000 empresas, es decir, unas 1.500, declararon pérdidas.",
    ),
    "es-partes-en-total": (
        "es_ES",
        (
            "Los tres hospitales recibirán 40 millones, 35 millones y 25 millones de euros, 100 millones de euros"
            " en total."
        ),
    ),
    "es-repartido": (
        "es_ES",
        "El premio de 900.000 euros se reparte entre tres ganadores: 500.000 euros, 300.000 euros y 100.000 euros.",
    ),
    "es-frente-a-paro": (
        "es_ES",
        "La tasa de paro subió hasta el 12,3 % en el segundo trimestre, frente al 12,1 % del primero.",
    ),
    "es-beneficio-frente": (
        "es_ES",
        (
            "El beneficio neto cayó un 40 % hasta los 1.200 millones de euros, frente a los 2.000 millones del "
            "año anterior."
        ),
    ),
    "es-al-ano-en": (
        "es_ES",
        "El Estado aportará 2.000 millones de euros al año, es decir, 10.000 millones de euros en cinco años.",
    ),
    "es-horquilla-habitantes": (
        "es_ES",
        "La ciudad tiene entre 80.000 y 90.000 habitantes.",
    ),
    "es-cita": (
        "es_ES",
        "«Hemos contratado a 1.200 nuevos policías este año», dijo el ministro el martes.",
    ),
    "es-dolares-facturacion": (
        "es_ES",
        "El grupo facturó 4.600 millones de dólares en 2023, frente a 4.200 millones en 2022.",
    ),
    "es-dos-frases-caida": (
        "es_ES",
        "En 2019 el museo recibió 600.000 visitantes. El año pasado recibió 450.000, una caída del 25 %.",
    ),
    "es-libras-sueldo": (
        "es_ES",
        "Una enfermera británica cobra de media 2.800 £ al mes, es decir, 33.600 £ al año.",
    ),
    "es-fumadores": (
        "es_ES",
        "Alrededor del 20 % de los adultos fuma en España, frente al 25 % de hace diez años.",
    ),
    "es-uno-de-cada-cinco": (
        "es_ES",
        "Uno de cada cinco hogares, unos 3,8 millones, tiene un solo miembro.",
    ),
}

PLANTED = {
    "de-asyl-von-auf-wrong": (
        "de_DE",
        "Die Zahl der Asylanträge stieg von 200.000 im Jahr 2022 auf 250.000 im Jahr 2023, ein Anstieg um 40 %.",
        ["change-inconsistent"],
    ),
    "de-ticket-plus-euro-wrong": (
        "de_DE",
        "Der Preis für das Deutschlandticket steigt von 49 € auf 58 €, ein Plus von 12 Euro.",
        ["change-inconsistent"],
    ),
    "de-mitarbeiter-davon-wrong": (
        "de_DE",
        "Das Unternehmen beschäftigt 12.000 Mitarbeiter, davon 9.000 in Deutschland und 4.000 im Ausland.",
        ["parts-exceed-total"],
    ),
    "de-schulen-jaehrlich-wrong": (
        "de_DE",
        "Die Stadt investiert jährlich 30 Mio. Euro in Schulen, also 120 Mio. Euro über fünf Jahre.",
        ["rate-total-mismatch"],
    ),
    "de-firmen-share-wrong": (
        "de_DE",
        "Von den 1.500 befragten Unternehmen gaben 300, also 30 %, an, Stellen abbauen zu wollen.",
        ["share-inconsistent"],
    ),
    "de-inflation-punkte-wrong": (
        "de_DE",
        "Die Inflation sank im Oktober auf 3,8 %, nach 4,5 % im September, ein Rückgang um 1,7 Prozentpunkte.",
        ["change-inconsistent"],
    ),
    "de-umsatz-wuchs-nach-wrong": (
        "de_DE",
        "Der Umsatz des Konzerns wuchs um 20 % auf 22 Mrd. Euro, nach 20 Mrd. Euro im Vorjahr.",
        ["change-inconsistent"],
    ),
    "de-miete-monatlich-wrong": (
        "de_DE",
        "Die Gemeinde zahlt monatlich 5.000 Euro Miete, also 50.000 Euro im Jahr.",
        ["rate-total-mismatch"],
    ),
    "de-quote-prozent-statt-punkte": (
        "de_DE",
        "Die Arbeitslosenquote stieg von 5,7 % auf 6,0 %, ein Anstieg um 0,3 %.",
        ["percent-vs-points"],
    ),
    "de-jeder-fuenfte-wrong": (
        "de_DE",
        "Jeder fünfte der 5.000 Befragten, also rund 2.000, hat kein Auto.",
        ["share-inconsistent"],
    ),
    "de-fluege-minus-wrong": (
        "de_DE",
        "Die Zahl der Flüge sank von 1.200 pro Woche auf 900, ein Minus von 33 %.",
        ["change-inconsistent"],
    ),
    "de-studierende-verdoppelt-wrong": (
        "de_DE",
        "Die Zahl der Studierenden hat sich verdoppelt, von 1 Million im Jahr 1995 auf 3 Millionen im Jahr 2023.",
        ["change-inconsistent"],
    ),
    "de-zustimmung-ueber-100": (
        "de_DE",
        "Der Vorschlag wurde von 112 % der Mitglieder unterstützt.",
        ["share-out-of-range"],
    ),
    "de-mindestlohn-wrong": (
        "de_DE",
        "Der Mindestlohn steigt von 12,41 € auf 12,82 € pro Stunde, ein Plus von 5,3 %.",
        ["change-inconsistent"],
    ),
    "de-patienten-woche-wrong": (
        "de_DE",
        "Die Klinik behandelt 250 Patienten pro Woche, also rund 20.000 im Jahr.",
        ["rate-total-mismatch"],
    ),
    "de-paket-teile-wrong": (
        "de_DE",
        "Das Paket umfasst 60 Mio. €: 25 Mio. € für Busse, 30 Mio. € für Radwege und 15 Mio. € für Straßen.",
        ["parts-do-not-add-up"],
    ),
    "de-teil-der-gesamt-wrong": (
        "de_DE",
        "300 der 1.500 befragten Firmen, also 25 %, wollen im kommenden Jahr Stellen streichen.",
        ["share-inconsistent"],
    ),
    "de-davon-also-wrong": (
        "de_DE",
        "Die Klinik hat 1.200 Beschäftigte, davon 300 in Teilzeit, also ein Drittel.",
        ["share-inconsistent"],
    ),
    "de-teile-insgesamt-wrong": (
        "de_DE",
        "Die drei Kliniken erhalten 40 Mio. Euro, 35 Mio. Euro und 25 Mio. Euro, insgesamt 110 Mio. Euro.",
        ["parts-do-not-add-up"],
    ),
    "de-gewinn-auf-nach-wrong": (
        "de_DE",
        "Der Nettogewinn fiel um 25 % auf 1,2 Mrd. Euro, nach 2 Mrd. Euro im Vorjahr.",
        ["change-inconsistent"],
    ),
    "de-pro-jahr-ueber-wrong": (
        "de_DE",
        "Der Bund stellt 2 Mrd. Euro pro Jahr bereit, also 12 Mrd. Euro über fünf Jahre.",
        ["rate-total-mismatch"],
    ),
    "fr-demandes-de-a-wrong": (
        "fr_FR",
        "Le nombre de demandes d'asile est passé de 120 000 en 2022 à 150 000 en 2023, soit une hausse de 35 %.",
        ["change-inconsistent"],
    ),
    "fr-ticket-metro-wrong": (
        "fr_FR",
        "Le prix du ticket de métro passe de 2,10 € à 2,50 €, une hausse de 60 centimes.",
        ["change-inconsistent"],
    ),
    "fr-salaries-dont-wrong": (
        "fr_FR",
        "Le groupe emploie 12 000 salariés, dont 9 000 en France et 4 000 à l'étranger.",
        ["parts-exceed-total"],
    ),
    "fr-ecoles-par-an-wrong": (
        "fr_FR",
        "La région investit 30 millions d'euros par an dans les lycées, soit 120 millions d'euros sur cinq ans.",
        ["rate-total-mismatch"],
    ),
    "fr-taux-points-wrong": (
        "fr_FR",
        "Le taux de chômage a reculé de 7,5 % à 7,1 %, une baisse de 0,6 point.",
        ["change-inconsistent"],
    ),
    "fr-moitie-lits-wrong": (
        "fr_FR",
        "La moitié des 800 lits, soit 300, se trouvent dans le nouveau bâtiment.",
        ["share-inconsistent"],
    ),
    "fr-smic-wrong": (
        "fr_FR",
        "Le smic horaire passe de 11,27 € à 11,52 €, soit une hausse de 4,2 %.",
        ["change-inconsistent"],
    ),
    "fr-vols-semaine-wrong": (
        "fr_FR",
        "Le nombre de vols est passé de 1 200 par semaine à 900, une baisse de 33 %.",
        ["change-inconsistent"],
    ),
    "fr-loyer-mois-an-wrong": (
        "fr_FR",
        "La commune paie un loyer de 5 000 euros par mois, soit 50 000 euros par an.",
        ["rate-total-mismatch"],
    ),
    "fr-taux-pourcent-au-lieu-points": (
        "fr_FR",
        "Le taux de pauvreté est passé de 14,5 % à 14,8 %, une hausse de 0,3 %.",
        ["percent-vs-points"],
    ),
    "fr-etudiants-double-wrong": (
        "fr_FR",
        "Le nombre d'étudiants a doublé, passant de 1 million en 1990 à 3 millions en 2023.",
        ["change-inconsistent"],
    ),
    "fr-plus-de-100": (
        "fr_FR",
        "La réforme a été approuvée par 112 % des adhérents.",
        ["share-out-of-range"],
    ),
    "fr-contradiction-agressions": (
        "fr_FR",
        (
            "En 2023, la police a enregistré 46 000 agressions au couteau. Le ministère a recensé 49 000 "
            "agressions au couteau en 2023."
        ),
        ["contradiction"],
    ),
    "fr-patients-semaine-wrong": (
        "fr_FR",
        "L'hôpital accueille 250 patients par semaine, soit environ 20 000 par an.",
        ["rate-total-mismatch"],
    ),
    "fr-dette-wrong": (
        "fr_FR",
        "La dette de la ville est passée de 800 millions d'euros à 1 milliard d'euros, une hausse de 20 %.",
        ["change-inconsistent"],
    ),
    "fr-negatif": (
        "fr_FR",
        "L'enquête a recensé -300 logements vacants dans la commune.",
        ["negative-count"],
    ),
    "fr-part-des-total-wrong": (
        "fr_FR",
        "Sur les 1 500 entreprises interrogées, 300, soit 25 %, prévoient de supprimer des postes.",
        ["share-inconsistent"],
    ),
    "fr-dont-soit-wrong": (
        "fr_FR",
        "L'hôpital compte 1 200 agents, dont 300 à temps partiel, soit un tiers.",
        ["share-inconsistent"],
    ),
    "fr-parts-au-total-wrong": (
        "fr_FR",
        (
            "Les trois hôpitaux recevront 40 millions, 35 millions et 25 millions d'euros, soit 110 millions "
            "d'euros au total."
        ),
        ["parts-do-not-add-up"],
    ),
    "fr-benefice-contre-wrong": (
        "fr_FR",
        "Le bénéfice net a reculé de 25 % à 1,2 milliard d'euros, contre 2 milliards d'euros un an plus tôt.",
        ["change-inconsistent"],
    ),
    "fr-par-an-sur-wrong": (
        "fr_FR",
        "L'État versera 2 milliards d'euros par an, soit 12 milliards d'euros sur cinq ans.",
        ["rate-total-mismatch"],
    ),
    "es-solicitudes-de-a-wrong": (
        "es_ES",
        "Las solicitudes de asilo pasaron de 120.000 en 2022 a 150.000 en 2023, un aumento del 35 %.",
        ["change-inconsistent"],
    ),
    "es-billete-metro-wrong": (
        "es_ES",
        "El precio del billete de metro sube de 1,50 € a 2 €, un aumento de 70 céntimos.",
        ["change-inconsistent"],
    ),
    "es-empleados-wrong": (
        "es_ES",
        "La empresa emplea a 12.000 trabajadores, de los cuales 9.000 están en España y 4.000 en el extranjero.",
        ["parts-exceed-total"],
    ),
    "es-colegios-wrong": (
        "es_ES",
        "El Gobierno invertirá 30 millones de euros al año en colegios, 120 millones de euros en cinco años.",
        ["rate-total-mismatch"],
    ),
    "es-paro-puntos-wrong": (
        "es_ES",
        "La tasa de paro bajó del 12,5 % al 11,8 %, un descenso de 1,7 puntos.",
        ["change-inconsistent"],
    ),
    "es-mitad-camas-wrong": (
        "es_ES",
        "La mitad de las 800 camas, es decir 300, están en el nuevo edificio.",
        ["share-inconsistent"],
    ),
    "es-smi-wrong": (
        "es_ES",
        "El salario mínimo sube de 1.080 € a 1.134 € al mes, un aumento del 8 %.",
        ["change-inconsistent"],
    ),
    "es-vuelos-wrong": (
        "es_ES",
        "Los vuelos pasaron de 1.200 a la semana a 900, una caída del 33 %.",
        ["change-inconsistent"],
    ),
    "es-alquiler-wrong": (
        "es_ES",
        "El ayuntamiento paga un alquiler de 5.000 euros al mes, 50.000 euros al año.",
        ["rate-total-mismatch"],
    ),
    "es-pobreza-porcentaje": (
        "es_ES",
        "La tasa de pobreza pasó del 20,4 % al 20,2 %, un descenso del 0,2 %.",
        ["percent-vs-points"],
    ),
    "es-estudiantes-wrong": (
        "es_ES",
        "El número de estudiantes se duplicó, de 1 millón en 1990 a 3 millones en 2023.",
        ["change-inconsistent"],
    ),
    "es-mas-de-100": (
        "es_ES",
        "La propuesta contó con el apoyo del 112 % de los socios.",
        ["share-out-of-range"],
    ),
    "es-contradiccion": (
        "es_ES",
        (
            "En 2023 la policía registró 46.000 agresiones con arma blanca. Interior contabilizó 49.000 "
            "agresiones con arma blanca en 2023."
        ),
        ["contradiction"],
    ),
    "es-pacientes-wrong": (
        "es_ES",
        "El hospital atiende a 250 pacientes a la semana, unos 20.000 al año.",
        ["rate-total-mismatch"],
    ),
    "es-deuda-wrong": (
        "es_ES",
        "La deuda municipal pasó de 800 millones de euros a 1.000 millones de euros, un aumento del 20 %.",
        ["change-inconsistent"],
    ),
    "es-negativo": (
        "es_ES",
        "El censo contabilizó -300 viviendas vacías en el municipio.",
        ["negative-count"],
    ),
    "es-parte-de-las-wrong": (
        "es_ES",
        "De las 1.500 empresas encuestadas, 300, es decir, el 25 %, prevén recortar plantilla.",
        ["share-inconsistent"],
    ),
    "es-de-los-cuales-wrong": (
        "es_ES",
        (
            "El hospital cuenta con 1.200 trabajadores, de los cuales 300 trabajan a tiempo parcial, es decir, "
            "una tercera parte."
        ),
        ["share-inconsistent"],
    ),
    "es-partes-en-total-wrong": (
        "es_ES",
        (
            "Los tres hospitales recibirán 40 millones, 35 millones y 25 millones de euros, 110 millones de euros"
            " en total."
        ),
        ["parts-do-not-add-up"],
    ),
    "es-beneficio-frente-wrong": (
        "es_ES",
        (
            "El beneficio neto cayó un 25 % hasta los 1.200 millones de euros, frente a los 2.000 millones del "
            "año anterior."
        ),
        ["change-inconsistent"],
    ),
    "es-al-ano-en-wrong": (
        "es_ES",
        "El Estado aportará 2.000 millones de euros al año, es decir, 12.000 millones de euros en cinco años.",
        ["rate-total-mismatch"],
    ),
    "de-change-a-sentence-later-wrong": (
        "de_DE",
        "Im Jahr 2019 kamen 600.000 Besucher. Im Jahr 2023 kamen 450.000, ein Rückgang um 35 %.",
        ["change-inconsistent"],
    ),
    "fr-change-a-sentence-later-wrong": (
        "fr_FR",
        "En 2019, 600 000 visiteurs sont venus. En 2023, il en est venu 450 000, soit une baisse de 35 %.",
        ["change-inconsistent"],
    ),
}


def problems(text: str, locale: str) -> list[str]:
    """The codes of the findings at warning or above, in report order."""
    return [f.code for f in check(extract(text, locale), text=text).findings if f.severity >= Severity.WARNING]


@pytest.mark.parametrize(("locale", "text"), CONSISTENT.values(), ids=CONSISTENT.keys())
def test_consistent_passage_raises_nothing(locale: str, text: str) -> None:
    """A correct passage gets no warning and no error."""
    expected: list[str] = []
    assert expected == problems(text, locale)


@pytest.mark.parametrize(("locale", "text", "codes"), PLANTED.values(), ids=PLANTED.keys())
def test_planted_error_is_found(locale: str, text: str, codes: list[str]) -> None:
    """A passage with one planted error gets exactly the expected finding."""
    assert codes == problems(text, locale)


def verdicts(text: str, locale: str) -> list[str]:
    """The codes of every finding, informational ones included."""
    return [f.code for f in check(extract(text, locale), text=text).findings]


@pytest.mark.parametrize(
    ("locale", "text", "expected"),
    [
        ("de_DE", "300 der 1.500 befragten Firmen, also 20 %, wollen Stellen streichen.", ["share-consistent"]),
        (
            "de_DE",
            "Die Klinik hat 1.200 Beschäftigte, davon 300 in Teilzeit, also ein Viertel.",
            ["parts-within-total", "share-consistent"],
        ),
        ("fr_FR", "La moitié des 800 lits, soit 400, se trouvent dans le nouveau bâtiment.", ["share-consistent"]),
        (
            "es_ES",
            "Alrededor del 30 % de las 5.000 empresas, es decir, unas 1.500, declararon pérdidas.",
            ["share-consistent"],
        ),
        (
            "de_DE",
            "Das Paket umfasst 60 Mio. €: 25 Mio. € für Busse, 20 Mio. € für Radwege und 15 Mio. € für Straßen.",
            ["parts-add-up"],
        ),
        (
            "fr_FR",
            "Les 900 000 euros seront répartis entre trois gagnants : 500 000, 300 000 et 100 000 euros.",
            ["parts-add-up"],
        ),
        (
            "es_ES",
            "Recibirán 40 millones, 35 millones y 25 millones de euros, 100 millones de euros en total.",
            ["parts-add-up"],
        ),
        ("de_DE", "Der Gewinn fiel um 40 % auf 1,2 Mrd. Euro, nach 2 Mrd. Euro im Vorjahr.", ["change-consistent"]),
        (
            "fr_FR",
            "Le bénéfice a reculé de 40 % à 1,2 milliard d'euros, contre 2 milliards d'euros.",
            ["change-consistent"],
        ),
        (
            "es_ES",
            "El beneficio cayó un 40 % hasta los 1.200 millones de euros, frente a los 2.000 millones.",
            ["change-consistent"],
        ),
        ("es_ES", "El ayuntamiento paga 5.000 euros al mes, 60.000 euros al año.", ["rate-total-consistent"]),
    ],
)
def test_relation_is_read_and_checked(locale: str, text: str, expected: list[str]) -> None:
    """Shares, parts, levels before and after, and restated rates are linked, so the check runs."""
    assert expected == verdicts(text, locale)


@pytest.mark.parametrize(
    ("locale", "text", "expected"),
    [
        (
            "de_DE",
            "Die Firma beschäftigt 12.000 Mitarbeiter, davon 3.000 in Berlin und 2.000 in Hamburg.",
            ["parts-within-total"],
        ),
        ("fr_FR", "La France compte 68 millions d'habitants, dont 2,3 millions à Paris.", ["parts-within-total"]),
        (
            "es_ES",
            "La empresa emplea a 12.000 personas, de las cuales 3.000 en Madrid y 2.000 en Barcelona.",
            ["parts-within-total"],
        ),
        ("fr_FR", "Le plan de 60 millions d'euros prévoit 25 millions pour les bus et 20 millions pour le vélo.", []),
    ],
)
def test_some_of_a_total_are_not_all_its_parts(locale: str, text: str, expected: list[str]) -> None:
    """A list after "davon", "dont", "de las cuales" names some of the total: they must only fit within it."""
    assert expected == verdicts(text, locale)


def subjects(text: str, locale: str) -> list[str | None]:
    """The subject of every claim."""
    return [c.subject for c in extract(text, locale)]


@pytest.mark.parametrize(
    ("locale", "text", "expected"),
    [
        ("fr_FR", "La police a enregistré 46 000 agressions au couteau en 2023.", ["agressions au couteau"]),
        ("es_ES", "Se registraron 46.000 solicitudes de asilo en 2023.", ["solicitudes de asilo"]),
        ("es_ES", "Llegaron 300 personas de la costa en 2023.", ["personas"]),
        ("fr_FR", "Environ 300 personnes à Paris ont manifesté.", ["personnes"]),
    ],
)
def test_counted_noun_keeps_its_complement(locale: str, text: str, expected: list[str | None]) -> None:
    """ "46 000 agressions au couteau" counts knife attacks; an article or a place ends the noun."""
    assert expected == subjects(text, locale)


def test_french_contradiction_with_complement() -> None:
    """Two counts of "agressions au couteau" in 2023 that cannot both be true are a contradiction."""
    text = (
        "En 2023, la police a enregistré 46 000 agressions au couteau. "
        "Le ministère a recensé 49 000 agressions au couteau en 2023."
    )
    expected = ["contradiction"]
    assert expected == problems(text, "fr_FR")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Una cuarta parte de los socios votó en contra.", ("ratio", "0.25")),
        ("Dos terceras partes de los votos fueron nulos.", ("ratio", "0.6666666666666666666666666666666667")),
    ],
)
def test_spanish_fraction_with_parte(text: str, expected: tuple[str, str]) -> None:
    """ "una cuarta parte", "dos terceras partes" are fractions (ratios here), not fractional counts."""
    claim = extract(text, "es_ES")[0]
    assert expected == (claim.kind, str(claim.amount.value))


def test_percent_change_then_money_level_is_a_change() -> None:
    """ "a reculé de 25 % à 1,2 milliard": a fall of 25 % to a new level, not a from/to pair."""
    expected = [("relative_change", "25"), ("money", "1.2E+9")]
    claims = extract("Le bénéfice a reculé de 25 % à 1,2 milliard d'euros.", "fr_FR")
    assert expected == [(c.kind, str(c.amount.value)) for c in claims]
