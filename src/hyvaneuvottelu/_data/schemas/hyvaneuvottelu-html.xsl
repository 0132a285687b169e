<?xml version="1.0" encoding="UTF-8"?>
<!--
  The memo of a hyvaneuvottelu XML document as a readable HTML page.

  XSLT 1.0 (with exsl:node-set, which lxml, libxslt and browsers provide).
  Parameter "lang": fi (default), sv or en. It sets the language of headings
  and labels, and picks the memo's own text in that language where present.
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:hn="urn:hyvaneuvottelu:schema:1"
                xmlns:exsl="http://exslt.org/common"
                exclude-result-prefixes="hn exsl">

  <xsl:output method="html" encoding="UTF-8" indent="yes" doctype-system="about:legacy-compat"/>

  <xsl:param name="lang" select="'fi'"/>

  <xsl:key name="participant" match="hn:participants/hn:participant" use="hn:id"/>
  <xsl:key name="person" match="hn:people/hn:person" use="hn:id"/>
  <xsl:key name="organisation"
           match="hn:county | hn:municipalities/hn:municipality | hn:otherOrganisations/hn:organisation | hn:mentionedOrganisations/hn:organisation"
           use="hn:id"/>

  <!-- Headings and labels: key, Finnish, Swedish, English. -->
  <xsl:variable name="label-table">
    <l k="memo" fi="Neuvottelumuistio" sv="Förhandlingspromemoria" en="Negotiation memo"/>
    <l k="parties" fi="Osapuolet" sv="Parter" en="Parties"/>
    <l k="others" fi="Muut organisaatiot" sv="Övriga organisationer" en="Other organisations"/>
    <l k="date" fi="Päivämäärä" sv="Datum" en="Date"/>
    <l k="time" fi="Aika" sv="Tid" en="Time"/>
    <l k="place" fi="Paikka" sv="Plats" en="Place"/>
    <l k="term" fi="Valtuustokausi" sv="Fullmäktigeperiod" en="Council term"/>
    <l k="basis" fi="Säädösperusta" sv="Rättslig grund" en="Legal basis"/>
    <l k="theme" fi="Teema" sv="Tema" en="Theme"/>
    <l k="objectives" fi="Tavoitteet" sv="Mål" en="Objectives"/>
    <l k="topics" fi="Aiheet" sv="Ämnen" en="Topics"/>
    <l k="participants" fi="Osallistujat" sv="Deltagare" en="Participants"/>
    <l k="on-behalf" fi="edustaa" sv="för" en="on behalf of"/>
    <l k="outcomes" fi="Neuvottelun tulokset" sv="Förhandlingens resultat" en="Outcomes"/>
    <l k="outcome-kind" fi="Laji" sv="Typ" en="Kind"/>
    <l k="outcome-title" fi="Asia" sv="Ärende" en="Matter"/>
    <l k="status" fi="Tila" sv="Status" en="Status"/>
    <l k="outcome-parties" fi="Osapuolet" sv="Parter" en="Parties"/>
    <l k="source" fi="Kohta" sv="Punkt" en="Item"/>
    <l k="proposer" fi="Ehdottaja" sv="Förslagsställare" en="Proposed by"/>
    <l k="responsible" fi="Vastuussa" sv="Ansvarig" en="Responsible"/>
    <l k="due" fi="Aikataulu" sv="Tidtabell" en="Due"/>
    <l k="signed" fi="Allekirjoitettu" sv="Undertecknat" en="Signed"/>
    <l k="valid" fi="Voimassa" sv="Giltig" en="In force"/>
    <l k="approvals" fi="Hyväksynnät" sv="Godkännanden" en="Approvals"/>
    <l k="replaces" fi="Korvaa" sv="Ersätter" en="Replaces"/>
    <l k="decided-by" fi="Päättäjä" sv="Beslutsfattare" en="Decided by"/>
    <l k="decision-date" fi="Päätetty" sv="Beslutat" en="Decided"/>
    <l k="follows" fi="Seuraa aiempaa" sv="Följer upp" en="Follows up"/>
    <l k="level" fi="Taso" sv="Nivå" en="Level"/>
    <l k="parent" fi="Kuuluu" sv="Hör till" en="Part of"/>
    <l k="target" fi="Tavoitetaso" sv="Målnivå" en="Target"/>
    <l k="sentence" fi="virke" sv="mening" en="sentence"/>
    <l k="people" fi="Muut mainitut henkilöt" sv="Övriga nämnda personer" en="Other people named"/>
    <l k="not-attending" fi="ei osallistunut" sv="deltog inte" en="did not attend"/>
    <l k="attachments" fi="Liitteet ja taustamateriaali" sv="Bilagor och bakgrundsmaterial" en="Attachments and background material"/>
    <l k="part-of-record" fi="osa asiakirjaa" sv="del av handlingen" en="part of the record"/>
    <l k="background" fi="taustamateriaali" sv="bakgrundsmaterial" en="background material"/>
    <l k="record" fi="Asiakirjan tiedot" sv="Handlingens uppgifter" en="Record"/>
    <l k="identifier" fi="Tunniste" sv="Identifierare" en="Identifier"/>
    <l k="case" fi="Asianumero" sv="Ärendenummer" en="Case"/>
    <l k="document-type" fi="Asiakirjatyyppi" sv="Handlingstyp" en="Document type"/>
    <l k="record-status" fi="Tila" sv="Status" en="Status"/>
    <l k="created" fi="Laadittu" sv="Upprättad" en="Created"/>
    <l k="approved" fi="Hyväksytty" sv="Godkänd" en="Approved"/>
    <l k="author" fi="Laatija" sv="Upprättad av" en="Author"/>
    <l k="approver" fi="Hyväksyjä" sv="Godkänd av" en="Approver"/>
    <l k="approval" fi="Hyväksyminen" sv="Godkännande" en="Approval"/>
    <l k="approval-statement" fi="Muistio on hyväksytty" sv="Promemorian har godkänts" en="The memo has been approved"/>
    <l k="publicity" fi="Julkisuusluokka" sv="Offentlighetsklass" en="Publicity"/>
    <l k="personal-data" fi="Henkilötiedot" sv="Personuppgifter" en="Personal data"/>
    <l k="retention" fi="Säilytysaika" sv="Förvaringstid" en="Retention"/>
    <l k="permanent" fi="pysyvä" sv="varaktig" en="permanent"/>
    <l k="years" fi="vuotta" sv="år" en="years"/>
    <l k="function" fi="Tehtäväluokka" sv="Uppgiftsklass" en="Function class"/>
    <l k="languages" fi="Kielet" sv="Språk" en="Languages"/>
    <l k="mentioned" fi="Mainitut organisaatiot" sv="Nämnda organisationer" en="Organisations mentioned"/>
    <l k="scope" fi="Laajuus" sv="Omfattning" en="Scope"/>
    <l k="round" fi="Neuvottelukierros" sv="Förhandlingsrunda" en="Round"/>
    <l k="part" fi="osa" sv="del" en="part"/>
    <l k="previous" fi="edellinen" sv="föregående" en="previous"/>
    <l k="next" fi="seuraava" sv="följande" en="next"/>
    <l k="invitation" fi="Kutsu" sv="Kallelse" en="Invitation"/>
    <l k="decision" fi="Päätös" sv="Beslut" en="Decision"/>
    <l k="groups" fi="Kuntaryhmät" sv="Kommungrupper" en="Municipality groups"/>
    <l k="about" fi="noin" sv="cirka" en="about"/>
    <l k="all-parties" fi="kaikki osapuolet" sv="alla parter" en="all parties"/>

    <l k="genre.meetingMemo" fi="Neuvottelumuistio" sv="Förhandlingspromemoria" en="Negotiation memo"/>
    <l k="genre.minutes" fi="Pöytäkirja" sv="Protokoll" en="Minutes"/>
    <l k="genre.notice" fi="Kokouskutsu" sv="Kallelse" en="Notice of meeting"/>
    <l k="genre.roundReport" fi="Raportti neuvottelukierroksesta" sv="Rapport om förhandlingsrundan" en="Round report"/>
    <l k="genre.decisionItem" fi="Päätöspykälä" sv="Beslutsparagraf" en="Decision item"/>
    <l k="roundKind.councilTerm" fi="valtuustokauden neuvottelukierros" sv="förhandlingsrunda per fullmäktigeperiod" en="council-term round"/>
    <l k="roundKind.yearlyWellbeingPromotion" fi="vuosittainen hyvinvoinnin ja terveyden edistämisen neuvottelukierros" sv="årlig förhandlingsrunda om främjande av välfärd och hälsa" en="yearly wellbeing and health promotion round"/>
    <l k="roundKind.other" fi="muu kierros" sv="annan runda" en="other round"/>
    <l k="scope.listed" fi="luetellut kunnat" sv="uppräknade kommuner" en="listed municipalities"/>
    <l k="scope.allOfCounty" fi="kaikki hyvinvointialueen kunnat" sv="alla kommuner i välfärdsområdet" en="all municipalities of the county"/>
    <l k="kind.county" fi="hyvinvointialue" sv="välfärdsområde" en="wellbeing services county"/>
    <l k="kind.municipality" fi="kunnat" sv="kommuner" en="municipalities"/>
    <l k="kind.jointAuthority" fi="kuntayhtymät" sv="samkommuner" en="joint authorities"/>
    <l k="kind.rescueDepartment" fi="pelastuslaitos" sv="räddningsverk" en="rescue department"/>
    <l k="kind.employmentArea" fi="työllisyysalue" sv="sysselsättningsområde" en="employment area"/>
    <l k="kind.stateAuthority" fi="valtion viranomaiset" sv="statliga myndigheter" en="state authorities"/>
    <l k="kind.association" fi="yhdistykset" sv="föreningar" en="associations"/>
    <l k="kind.parish" fi="seurakunnat" sv="församlingar" en="parishes"/>
    <l k="kind.company" fi="yhtiöt" sv="bolag" en="companies"/>
    <l k="kind.other" fi="muut organisaatiot" sv="andra organisationer" en="other organisations"/>

    <l k="councilTerm" fi="Valtuustokausittainen neuvottelu" sv="Förhandling per fullmäktigeperiod" en="Council-term negotiation"/>
    <l k="wellbeingPromotion" fi="Hyvinvoinnin ja terveyden edistämisen neuvottelu" sv="Förhandling om främjande av välfärd och hälsa" en="Wellbeing and health promotion negotiation"/>

    <l k="leadership.elected" fi="luottamushenkilöjohto" sv="förtroendevald ledning" en="elected leadership"/>
    <l k="leadership.official" fi="viranhaltijajohto" sv="tjänsteinnehavarledning" en="official leadership"/>
    <l k="leadership.other" fi="muu" sv="annan" en="other"/>
    <l k="role.chair" fi="puheenjohtaja" sv="ordförande" en="chair"/>
    <l k="role.secretary" fi="sihteeri" sv="sekreterare" en="secretary"/>
    <l k="role.member" fi="jäsen" sv="medlem" en="member"/>
    <l k="role.expert" fi="asiantuntija" sv="sakkunnig" en="expert"/>
    <l k="role.guest" fi="vieras" sv="gäst" en="guest"/>
    <l k="presence.present" fi="paikalla" sv="närvarande" en="present"/>
    <l k="presence.remote" fi="etäyhteydellä" sv="på distans" en="remote"/>
    <l k="presence.partial" fi="osan aikaa" sv="delvis" en="part of the time"/>
    <l k="presence.absent" fi="poissa" sv="frånvarande" en="absent"/>

    <l k="outcome.cooperationStructure" fi="Yhteistoimintarakenne" sv="Samarbetsstruktur" en="Cooperation structure"/>
    <l k="outcome.operatingModel" fi="Toimintamalli" sv="Verksamhetsmodell" en="Operating model"/>
    <l k="outcome.informationFlow" fi="Tiedonkulku" sv="Informationsflöde" en="Information flow"/>
    <l k="outcome.agreement" fi="Sopimus" sv="Avtal" en="Agreement"/>
    <l k="outcome.challenge" fi="Haaste" sv="Utmaning" en="Challenge"/>
    <l k="outcome.matterToAgree" fi="Erikseen sovittava asia" sv="Ärende att avtala separat" en="Matter to agree separately"/>
    <l k="outcome.followUpAction" fi="Jatkotoimenpide" sv="Fortsatt åtgärd" en="Follow-up action"/>
    <l k="outcome.decision" fi="Päätös" sv="Beslut" en="Decision"/>
    <l k="outcome.interfacePlan" fi="Yhdyspintasuunnitelma" sv="Gränsytplan" en="Interface plan"/>
    <l k="outcome.strategyItem" fi="Strategian kohta" sv="Strategipunkt" en="Strategy item"/>
    <l k="level.goal" fi="päämäärä" sv="övergripande mål" en="goal"/>
    <l k="level.objective" fi="tavoite" sv="mål" en="objective"/>
    <l k="level.measure" fi="toimenpide" sv="åtgärd" en="measure"/>
    <l k="level.indicator" fi="mittari" sv="indikator" en="indicator"/>
    <l k="attachment.preMaterial" fi="ennakkomateriaali" sv="förhandsmaterial" en="pre-material"/>
    <l k="attachment.agreementText" fi="sopimusteksti" sv="avtalstext" en="agreement text"/>
    <l k="attachment.annex" fi="liite" sv="bilaga" en="annex"/>
    <l k="attachment.presentation" fi="esitysaineisto" sv="presentationsmaterial" en="presentation"/>
    <l k="attachment.other" fi="muu" sv="annat" en="other"/>

    <l k="status.existing" fi="olemassa" sv="befintlig" en="existing"/>
    <l k="status.continues" fi="jatkuu" sv="fortsätter" en="continues"/>
    <l k="status.new" fi="uusi" sv="ny" en="new"/>
    <l k="status.planned" fi="suunnitteilla" sv="planerad" en="planned"/>
    <l k="status.proposed" fi="ehdotettu" sv="föreslagen" en="proposed"/>
    <l k="status.pending" fi="vireillä" sv="anhängig" en="pending"/>
    <l k="status.agreed" fi="sovittu" sv="överenskommen" en="agreed"/>
    <l k="status.decided" fi="päätetty" sv="beslutad" en="decided"/>
    <l k="status.open" fi="avoin" sv="öppen" en="open"/>
    <l k="status.done" fi="tehty" sv="klar" en="done"/>
    <l k="status.ended" fi="päättynyt" sv="avslutad" en="ended"/>

    <l k="topic.employmentServices" fi="työllisyyspalvelut" sv="sysselsättningstjänster" en="employment services"/>
    <l k="topic.premises" fi="tilat" sv="lokaler" en="premises"/>
    <l k="topic.publicTransport" fi="joukkoliikenne" sv="kollektivtrafik" en="public transport"/>
    <l k="topic.serviceNetwork" fi="palveluverkko" sv="servicenät" en="service network"/>
    <l k="topic.residentCommunication" fi="asukasviestintä" sv="kommunikation till invånare" en="communication to residents"/>
    <l k="topic.serviceGuidance" fi="palveluohjaus" sv="servicehandledning" en="service guidance"/>
    <l k="topic.rescueServices" fi="pelastustoimi" sv="räddningsväsendet" en="rescue services"/>
    <l k="topic.civilDefence" fi="väestönsuojelu" sv="befolkningsskydd" en="civil defence"/>
    <l k="topic.studentWelfare" fi="opiskeluhuolto" sv="elevvård" en="student welfare"/>
    <l k="topic.digitalServices" fi="digitaaliset palvelut" sv="digitala tjänster" en="digital services"/>
    <l k="topic.primaryCare" fi="perusterveydenhuolto" sv="primärvård" en="primary care"/>
    <l k="topic.wellbeingPromotion" fi="hyvinvoinnin ja terveyden edistäminen" sv="främjande av välfärd och hälsa" en="wellbeing and health promotion"/>
    <l k="topic.socialServices" fi="sosiaalipalvelut" sv="socialservice" en="social services"/>
    <l k="topic.elderlyServices" fi="ikääntyneiden palvelut" sv="äldreomsorg" en="elderly services"/>
    <l k="topic.childAndFamilyServices" fi="lapsi- ja perhepalvelut" sv="barn- och familjetjänster" en="child and family services"/>
    <l k="topic.substanceAbuseAndMentalHealth" fi="päihde- ja mielenterveyspalvelut" sv="missbruks- och mentalvårdstjänster" en="substance abuse and mental health services"/>
    <l k="topic.crimePrevention" fi="rikosten ennaltaehkäisy" sv="brottsförebyggande arbete" en="crime prevention"/>
    <l k="topic.preparedness" fi="varautuminen" sv="beredskap" en="preparedness"/>
    <l k="topic.cooperationStructures" fi="yhteistyörakenteet" sv="samarbetsstrukturer" en="cooperation structures"/>
    <l k="topic.finance" fi="talous ja talousarvio" sv="ekonomi och budget" en="finance and budget"/>
    <l k="topic.impactAssessment" fi="päätösten vaikutusten arviointi" sv="konsekvensbedömning av beslut" en="impact assessment of decisions"/>
    <l k="topic.vitality" fi="elinvoima" sv="livskraft" en="vitality"/>
    <l k="topic.advocacy" fi="edunvalvonta" sv="intressebevakning" en="advocacy"/>
    <l k="topic.participation" fi="osallisuus" sv="delaktighet" en="participation"/>
    <l k="topic.strategy" fi="strategia" sv="strategi" en="strategy"/>
    <l k="topic.employment" fi="työllisyys" sv="sysselsättning" en="employment"/>
    <l k="topic.immigrantIntegration" fi="maahanmuuttajien kotoutuminen" sv="integration av invandrare" en="integration of immigrants"/>
    <l k="topic.knowledgeManagement" fi="tietojohtaminen" sv="kunskapsbaserad ledning" en="knowledge-based management"/>
    <l k="topic.researchAndInnovation" fi="tutkimus ja innovaatiot" sv="forskning och innovation" en="research and innovation"/>
    <l k="topic.other" fi="muu" sv="annat" en="other"/>

    <l k="documentType.memo" fi="muistio" sv="promemoria" en="memo"/>
    <l k="documentType.minutes" fi="pöytäkirja" sv="protokoll" en="minutes"/>
    <l k="documentType.agreement" fi="sopimus" sv="avtal" en="agreement"/>
    <l k="documentType.other" fi="muu" sv="annan" en="other"/>
    <l k="recordStatus.draft" fi="luonnos" sv="utkast" en="draft"/>
    <l k="recordStatus.approved" fi="hyväksytty" sv="godkänd" en="approved"/>
    <l k="publicityClass.public" fi="Julkinen" sv="Offentlig" en="Public"/>
    <l k="publicityClass.partiallyConfidential" fi="Osittain salassapidettävä" sv="Delvis sekretessbelagd" en="Partially confidential"/>
    <l k="publicityClass.confidential" fi="Salassa pidettävä" sv="Sekretessbelagd" en="Confidential"/>
    <l k="personalData.none" fi="ei sisällä henkilötietoja" sv="innehåller inga personuppgifter" en="no personal data"/>
    <l k="personalData.personal" fi="sisältää henkilötietoja" sv="innehåller personuppgifter" en="personal data"/>
    <l k="personalData.sensitive" fi="sisältää arkaluontoisia henkilötietoja" sv="innehåller känsliga personuppgifter" en="sensitive personal data"/>
    <l k="personalData.specialCategories" fi="sisältää erityisiä henkilötietoryhmiä" sv="innehåller särskilda kategorier av personuppgifter" en="special categories of personal data"/>
    <l k="personalData.criminal" fi="sisältää rikostuomioihin ja rikkomuksiin liittyviä henkilötietoja" sv="innehåller personuppgifter om brott" en="personal data on convictions and offences"/>
  </xsl:variable>
  <xsl:variable name="labels" select="exsl:node-set($label-table)/l"/>

  <xsl:template name="label">
    <xsl:param name="key"/>
    <xsl:variable name="entry" select="$labels[@k = $key]"/>
    <xsl:choose>
      <xsl:when test="$entry/@*[local-name() = $lang]">
        <xsl:value-of select="$entry/@*[local-name() = $lang]"/>
      </xsl:when>
      <xsl:when test="$entry">
        <xsl:value-of select="$entry/@fi"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:value-of select="substring-after($key, '.')"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A localized text: the one in $lang, else the first (fi, sv, en). -->
  <xsl:template match="*" mode="text">
    <xsl:choose>
      <xsl:when test="hn:text[@xml:lang = $lang]">
        <xsl:value-of select="hn:text[@xml:lang = $lang]"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:value-of select="hn:text[1]"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="date">
    <xsl:param name="value"/>
    <xsl:choose>
      <xsl:when test="$lang = 'en'">
        <xsl:value-of select="substring($value, 1, 10)"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:value-of select="concat(number(substring($value, 9, 2)), '.',
                                     number(substring($value, 6, 2)), '.',
                                     substring($value, 1, 4))"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="organisation-name">
    <xsl:param name="id"/>
    <xsl:variable name="organisation" select="key('organisation', $id)"/>
    <xsl:choose>
      <xsl:when test="$organisation">
        <xsl:apply-templates select="$organisation[1]/hn:name" mode="text"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:variable name="person" select="key('participant', $id)"/>
        <xsl:choose>
          <xsl:when test="$person/hn:name">
            <xsl:value-of select="$person[1]/hn:name"/>
          </xsl:when>
          <xsl:when test="key('person', $id)/hn:name">
            <xsl:value-of select="key('person', $id)[1]/hn:name"/>
          </xsl:when>
          <xsl:otherwise>
            <xsl:value-of select="$id"/>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="hn:legalReference | hn:reference" mode="citation">
    <xsl:if test="hn:statuteTitle">
      <xsl:apply-templates select="hn:statuteTitle" mode="text"/>
      <xsl:text> </xsl:text>
    </xsl:if>
    <xsl:value-of select="concat('(', hn:statuteNumber, '/', hn:statuteYear, ')')"/>
    <xsl:if test="hn:chapter">
      <xsl:value-of select="concat(' ', hn:chapter, ' luku')"/>
    </xsl:if>
    <xsl:if test="hn:section">
      <xsl:value-of select="concat(' ', hn:section, ' §')"/>
    </xsl:if>
    <xsl:if test="hn:subsection">
      <xsl:value-of select="concat(' ', hn:subsection, ' mom.')"/>
    </xsl:if>
  </xsl:template>

  <xsl:template match="/hn:negotiation">
    <xsl:variable name="title">
      <xsl:apply-templates select="hn:title" mode="text"/>
    </xsl:variable>
    <html lang="{$lang}">
      <head>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title><xsl:value-of select="$title"/></title>
        <style>
body { font-family: "Source Sans 3", "Segoe UI", Arial, sans-serif; line-height: 1.5;
       color: #1b1b1b; background: #f4f4f1; margin: 0; }
main { max-width: 52rem; margin: 2rem auto; background: #fff; padding: 2.5rem 3rem;
       box-shadow: 0 1px 4px rgba(0, 0, 0, .12); }
.kind { text-transform: uppercase; letter-spacing: .08em; font-size: .8rem; color: #5a5a5a;
        margin: 0; }
h1 { font-size: 2rem; margin: .2rem 0 1.2rem; }
h2 { font-size: 1.25rem; border-bottom: 1px solid #d6d6d0; padding-bottom: .2rem;
     margin-top: 2rem; }
h3, h4, h5, h6 { font-size: 1.05rem; margin-top: 1.4rem; }
.number { color: #5a5a5a; margin-right: .4rem; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1.2rem;
           margin: 0 0 1rem; }
dl.facts dt { font-weight: 600; color: #3d3d3d; }
dl.facts dd { margin: 0; }
dl.facts ul { margin: 0; padding-left: 1.1rem; }
.statement { border-left: 3px solid #2f6f8f; padding: .1rem 0 .1rem 1rem; margin: 1rem 0; }
.speaker { margin: 0 0 .3rem; }
.speaker .title, .behalf { color: #4a4a4a; }
.finding { margin: 1rem 0; }
blockquote { margin: 1rem 0; padding: .6rem 1rem; background: #f3f6f8;
             border-left: 3px solid #9ab; }
blockquote .source { font-size: .9rem; color: #4a4a4a; margin: 0 0 .3rem; }
table { border-collapse: collapse; width: 100%; font-size: .95rem; }
th, td { text-align: left; vertical-align: top; padding: .45rem .5rem;
         border-bottom: 1px solid #e2e2dc; }
th { background: #eef0ec; }
.status { display: inline-block; padding: 0 .45rem; border-radius: .6rem;
          background: #e6eef3; white-space: nowrap; }
.description, .detail { color: #4a4a4a; font-size: .9rem; margin: .2rem 0 0; }
footer { margin-top: 2.5rem; font-size: .9rem; }
.approval { margin-top: 2.5rem; padding: .8rem 1.2rem; border: 1px solid #b9c7b9;
            border-left: 4px solid #3f7f4f; background: #f5f9f4; }
.approval h2 { margin-top: 0; border-bottom: 0; }
.approval p { margin: .2rem 0; }
.ending .approval + footer { margin-top: 1.5rem; }
/* Print on A4: no screen background or card, the text on the paper's white; a
   heading never ends a page, a statement, quotation or table row is never cut,
   and the ending (approval and record) stays whole, so that the last page never
   holds a stray line. */
@page { size: A4; margin: 18mm 17mm 20mm; }
@media print {
  html, body { background: #fff; color: #000; }
  body { font-size: 10.5pt; line-height: 1.4; }
  main { max-width: none; margin: 0; padding: 0; box-shadow: none; }
  h1 { font-size: 18pt; }
  h2 { font-size: 13pt; }
  h1, h2, h3, h4, h5, h6 { break-after: avoid; page-break-after: avoid; }
  p, li, dd, td { orphans: 3; widows: 3; }
  .statement, blockquote, tr, .finding, .speaker { break-inside: avoid; page-break-inside: avoid; }
  thead { display: table-header-group; }
  th { background: none; border-bottom: 1.5px solid #000; }
  blockquote { background: none; }
  .status { background: none; border: 1px solid #777; }
  .approval { background: none; }
  .ending { break-inside: avoid; page-break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
}
        </style>
      </head>
      <body>
        <main>
          <header>
            <p class="kind">
              <xsl:choose>
                <xsl:when test="hn:genre">
                  <xsl:call-template name="label"><xsl:with-param name="key" select="concat('genre.', hn:genre)"/></xsl:call-template>
                </xsl:when>
                <xsl:otherwise>
                  <xsl:call-template name="label"><xsl:with-param name="key" select="'memo'"/></xsl:call-template>
                </xsl:otherwise>
              </xsl:choose>
              <xsl:text> · </xsl:text>
              <xsl:call-template name="label"><xsl:with-param name="key" select="hn:kind"/></xsl:call-template>
              <xsl:for-each select="hn:additionalKinds/hn:kind[. != ../../hn:kind]">
                <xsl:text> · </xsl:text>
                <xsl:call-template name="label"><xsl:with-param name="key" select="string(.)"/></xsl:call-template>
              </xsl:for-each>
            </p>
            <h1><xsl:value-of select="$title"/></h1>
            <dl class="facts">
              <xsl:call-template name="facts"/>
            </dl>
          </header>
          <xsl:if test="hn:participants/hn:participant or hn:attendanceGroups/hn:attendanceGroup">
            <section class="participants">
              <h2><xsl:call-template name="label"><xsl:with-param name="key" select="'participants'"/></xsl:call-template></h2>
              <ul>
                <xsl:apply-templates select="hn:participants/hn:participant"/>
                <xsl:apply-templates select="hn:attendanceGroups/hn:attendanceGroup"/>
              </ul>
            </section>
          </xsl:if>
          <xsl:if test="hn:people/hn:person">
            <section class="people">
              <h2><xsl:call-template name="label"><xsl:with-param name="key" select="'people'"/></xsl:call-template></h2>
              <ul>
                <xsl:apply-templates select="hn:people/hn:person"/>
              </ul>
            </section>
          </xsl:if>
          <xsl:apply-templates select="hn:sections/hn:section">
            <xsl:with-param name="level" select="2"/>
          </xsl:apply-templates>
          <xsl:if test="hn:outcomes/*">
            <section class="outcomes">
              <h2><xsl:call-template name="label"><xsl:with-param name="key" select="'outcomes'"/></xsl:call-template></h2>
              <xsl:call-template name="outcomes-table"/>
            </section>
          </xsl:if>
          <xsl:if test="hn:attachments/hn:attachment">
            <section class="attachments">
              <h2><xsl:call-template name="label"><xsl:with-param name="key" select="'attachments'"/></xsl:call-template></h2>
              <ul>
                <xsl:apply-templates select="hn:attachments/hn:attachment"/>
              </ul>
            </section>
          </xsl:if>
          <xsl:apply-templates select="hn:record"/>
        </main>
      </body>
    </html>
  </xsl:template>

  <xsl:template name="fact">
    <xsl:param name="key"/>
    <xsl:param name="value"/>
    <dt><xsl:call-template name="label"><xsl:with-param name="key" select="$key"/></xsl:call-template></dt>
    <dd><xsl:copy-of select="$value"/></dd>
  </xsl:template>

  <xsl:template name="facts">
    <xsl:call-template name="fact">
      <xsl:with-param name="key" select="'parties'"/>
      <xsl:with-param name="value">
        <xsl:for-each select="hn:county | hn:municipalities/hn:municipality">
          <xsl:if test="position() > 1">, </xsl:if>
          <xsl:apply-templates select="hn:name" mode="text"/>
        </xsl:for-each>
      </xsl:with-param>
    </xsl:call-template>
    <xsl:if test="hn:otherOrganisations/hn:organisation">
      <xsl:call-template name="fact">
        <xsl:with-param name="key" select="'others'"/>
        <xsl:with-param name="value">
          <xsl:for-each select="hn:otherOrganisations/hn:organisation">
            <xsl:if test="position() > 1">, </xsl:if>
            <xsl:apply-templates select="hn:name" mode="text"/>
          </xsl:for-each>
        </xsl:with-param>
      </xsl:call-template>
    </xsl:if>
    <xsl:if test="hn:mentionedOrganisations/hn:organisation">
      <xsl:call-template name="fact">
        <xsl:with-param name="key" select="'mentioned'"/>
        <xsl:with-param name="value">
          <xsl:for-each select="hn:mentionedOrganisations/hn:organisation">
            <xsl:if test="position() > 1">, </xsl:if>
            <xsl:apply-templates select="hn:name" mode="text"/>
          </xsl:for-each>
        </xsl:with-param>
      </xsl:call-template>
    </xsl:if>
    <xsl:if test="hn:scope = 'allOfCounty'">
      <xsl:call-template name="fact">
        <xsl:with-param name="key" select="'scope'"/>
        <xsl:with-param name="value">
          <xsl:call-template name="label"><xsl:with-param name="key" select="'scope.allOfCounty'"/></xsl:call-template>
        </xsl:with-param>
      </xsl:call-template>
    </xsl:if>
    <xsl:if test="hn:municipalityGroups/hn:municipalityGroup">
      <xsl:call-template name="fact">
        <xsl:with-param name="key" select="'groups'"/>
        <xsl:with-param name="value">
          <ul>
            <xsl:for-each select="hn:municipalityGroups/hn:municipalityGroup">
              <li>
                <xsl:apply-templates select="hn:name" mode="text"/>
                <xsl:if test="hn:municipalities/hn:municipality">
                  <xsl:text>: </xsl:text>
                  <xsl:for-each select="hn:municipalities/hn:municipality">
                    <xsl:if test="position() > 1">, </xsl:if>
                    <xsl:call-template name="organisation-name"><xsl:with-param name="id" select="."/></xsl:call-template>
                  </xsl:for-each>
                </xsl:if>
              </li>
            </xsl:for-each>
          </ul>
        </xsl:with-param>
      </xsl:call-template>
    </xsl:if>
    <xsl:choose>
      <xsl:when test="hn:date">
        <xsl:call-template name="fact">
          <xsl:with-param name="key" select="'date'"/>
          <xsl:with-param name="value">
            <xsl:call-template name="date"><xsl:with-param name="value" select="hn:date"/></xsl:call-template>
          </xsl:with-param>
        </xsl:call-template>
      </xsl:when>
      <xsl:when test="hn:partialDate">
        <!-- A year or a month, as the source gives it: no day is invented. -->
        <xsl:call-template name="fact">
          <xsl:with-param name="key" select="'date'"/>
          <xsl:with-param name="value">
            <xsl:choose>
              <xsl:when test="string-length(hn:partialDate) = 7">
                <xsl:value-of select="concat(number(substring(hn:partialDate, 6, 2)), '/', substring(hn:partialDate, 1, 4))"/>
              </xsl:when>
              <xsl:otherwise><xsl:value-of select="hn:partialDate"/></xsl:otherwise>
            </xsl:choose>
          </xsl:with-param>
        </xsl:call-template>
      </xsl:when>
    </xsl:choose>
    <xsl:if test="hn:startTime">
      <xsl:call-template name="fact">
        <xsl:with-param name="key" select="'time'"/>
        <xsl:with-param name="value">
          <xsl:value-of select="substring(hn:startTime, 1, 5)"/>
          <xsl:if test="hn:endTime">
            <xsl:value-of select="concat('–', substring(hn:endTime, 1, 5))"/>
          </xsl:if>
        </xsl:with-param>
      </xsl:call-template>
    </xsl:if>
    <xsl:if test="hn:place">
      <xsl:call-template name="fact">
        <xsl:with-param name="key" select="'place'"/>
        <xsl:with-param name="value"><xsl:apply-templates select="hn:place" mode="text"/></xsl:with-param>
      </xsl:call-template>
    </xsl:if>
    <xsl:if test="hn:councilTerm">
      <xsl:call-template name="fact">
        <xsl:with-param name="key" select="'term'"/>
        <xsl:with-param name="value" select="string(hn:councilTerm)"/>
      </xsl:call-template>
    </xsl:if>
    <xsl:if test="hn:legalBasis/hn:legalReference">
      <xsl:call-template name="fact">
        <xsl:with-param name="key" select="'basis'"/>
        <xsl:with-param name="value">
          <xsl:for-each select="hn:legalBasis/hn:legalReference">
            <xsl:if test="position() > 1">; </xsl:if>
            <xsl:apply-templates select="." mode="citation"/>
          </xsl:for-each>
        </xsl:with-param>
      </xsl:call-template>
    </xsl:if>
    <xsl:if test="hn:theme">
      <xsl:call-template name="fact">
        <xsl:with-param name="key" select="'theme'"/>
        <xsl:with-param name="value"><xsl:apply-templates select="hn:theme" mode="text"/></xsl:with-param>
      </xsl:call-template>
    </xsl:if>
    <xsl:if test="hn:objectives/hn:objective">
      <xsl:call-template name="fact">
        <xsl:with-param name="key" select="'objectives'"/>
        <xsl:with-param name="value">
          <ul>
            <xsl:for-each select="hn:objectives/hn:objective">
              <li><xsl:apply-templates select="." mode="text"/></li>
            </xsl:for-each>
          </ul>
        </xsl:with-param>
      </xsl:call-template>
    </xsl:if>
    <xsl:apply-templates select="hn:negotiationRound | hn:invitation | hn:decisionItem" mode="fact"/>
    <xsl:if test="hn:topics/hn:topic">
      <xsl:call-template name="fact">
        <xsl:with-param name="key" select="'topics'"/>
        <xsl:with-param name="value">
          <xsl:for-each select="hn:topics/hn:topic">
            <xsl:if test="position() > 1">, </xsl:if>
            <xsl:call-template name="label"><xsl:with-param name="key" select="concat('topic.', .)"/></xsl:call-template>
          </xsl:for-each>
        </xsl:with-param>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <xsl:template match="hn:negotiationRound" mode="fact">
    <xsl:call-template name="fact">
      <xsl:with-param name="key" select="'round'"/>
      <xsl:with-param name="value">
        <xsl:choose>
          <xsl:when test="hn:title"><xsl:apply-templates select="hn:title" mode="text"/></xsl:when>
          <xsl:otherwise><xsl:value-of select="hn:identifier"/></xsl:otherwise>
        </xsl:choose>
        <xsl:if test="hn:title"><xsl:value-of select="concat(' (', hn:identifier, ')')"/></xsl:if>
        <xsl:if test="hn:kind">
          <xsl:text>, </xsl:text>
          <xsl:call-template name="label"><xsl:with-param name="key" select="concat('roundKind.', hn:kind)"/></xsl:call-template>
        </xsl:if>
        <xsl:if test="hn:part">
          <xsl:text>, </xsl:text>
          <xsl:call-template name="label"><xsl:with-param name="key" select="'part'"/></xsl:call-template>
          <xsl:value-of select="concat(' ', hn:part)"/>
          <xsl:if test="hn:parts"><xsl:value-of select="concat('/', hn:parts)"/></xsl:if>
        </xsl:if>
        <xsl:if test="hn:previousRecord">
          <xsl:text>; </xsl:text>
          <xsl:call-template name="label"><xsl:with-param name="key" select="'previous'"/></xsl:call-template>
          <xsl:value-of select="concat(' ', hn:previousRecord)"/>
        </xsl:if>
        <xsl:if test="hn:nextRecord">
          <xsl:text>; </xsl:text>
          <xsl:call-template name="label"><xsl:with-param name="key" select="'next'"/></xsl:call-template>
          <xsl:value-of select="concat(' ', hn:nextRecord)"/>
        </xsl:if>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="hn:invitation" mode="fact">
    <xsl:call-template name="fact">
      <xsl:with-param name="key" select="'invitation'"/>
      <xsl:with-param name="value">
        <xsl:if test="hn:convener">
          <xsl:variable name="person" select="key('participant', hn:convener)"/>
          <xsl:choose>
            <xsl:when test="$person/hn:name"><xsl:value-of select="$person/hn:name"/></xsl:when>
            <xsl:otherwise>
              <xsl:call-template name="organisation-name"><xsl:with-param name="id" select="hn:convener"/></xsl:call-template>
            </xsl:otherwise>
          </xsl:choose>
        </xsl:if>
        <xsl:if test="hn:convener and hn:date">, </xsl:if>
        <xsl:if test="hn:date">
          <xsl:call-template name="date"><xsl:with-param name="value" select="hn:date"/></xsl:call-template>
        </xsl:if>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="hn:decisionItem" mode="fact">
    <xsl:call-template name="fact">
      <xsl:with-param name="key" select="'decision'"/>
      <xsl:with-param name="value">
        <xsl:call-template name="organisation-name"><xsl:with-param name="id" select="hn:organisation"/></xsl:call-template>
        <xsl:text>, </xsl:text>
        <xsl:apply-templates select="hn:body" mode="text"/>
        <xsl:if test="hn:meetingDate">
          <xsl:text> </xsl:text>
          <xsl:call-template name="date"><xsl:with-param name="value" select="hn:meetingDate"/></xsl:call-template>
        </xsl:if>
        <xsl:if test="hn:sectionNumber"><xsl:value-of select="concat(' § ', hn:sectionNumber)"/></xsl:if>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="hn:attendanceGroup">
    <li class="group">
      <strong><xsl:apply-templates select="hn:description" mode="text"/></strong>
      <xsl:text> (</xsl:text>
      <xsl:if test="hn:count">
        <xsl:if test="hn:approximate = 'true' or hn:approximate = '1'">
          <xsl:call-template name="label"><xsl:with-param name="key" select="'about'"/></xsl:call-template>
          <xsl:text> </xsl:text>
        </xsl:if>
        <xsl:value-of select="concat(hn:count, ', ')"/>
      </xsl:if>
      <xsl:choose>
        <xsl:when test="hn:organisation">
          <xsl:call-template name="organisation-name"><xsl:with-param name="id" select="hn:organisation"/></xsl:call-template>
        </xsl:when>
        <xsl:when test="hn:organisationKind">
          <xsl:call-template name="label"><xsl:with-param name="key" select="concat('kind.', hn:organisationKind)"/></xsl:call-template>
        </xsl:when>
        <xsl:otherwise>
          <xsl:call-template name="label"><xsl:with-param name="key" select="'all-parties'"/></xsl:call-template>
        </xsl:otherwise>
      </xsl:choose>
      <xsl:variable name="group" select="hn:municipalityGroup"/>
      <xsl:for-each select="/hn:negotiation/hn:municipalityGroups/hn:municipalityGroup[hn:id = $group]">
        <xsl:text>, </xsl:text>
        <xsl:apply-templates select="hn:name" mode="text"/>
      </xsl:for-each>
      <xsl:if test="hn:presence">
        <xsl:text>, </xsl:text>
        <xsl:call-template name="label"><xsl:with-param name="key" select="concat('presence.', hn:presence)"/></xsl:call-template>
      </xsl:if>
      <xsl:text>)</xsl:text>
    </li>
  </xsl:template>

  <xsl:template match="hn:participant">
    <xsl:variable name="roles" select="hn:roles/hn:role"/>
    <li>
      <strong>
        <xsl:choose>
          <xsl:when test="hn:name"><xsl:value-of select="hn:name"/></xsl:when>
          <xsl:when test="hn:title"><xsl:apply-templates select="hn:title" mode="text"/></xsl:when>
          <xsl:when test="$roles">
            <xsl:call-template name="capitalised">
              <xsl:with-param name="text">
                <xsl:call-template name="label">
                  <xsl:with-param name="key" select="concat('role.', $roles[1])"/>
                </xsl:call-template>
              </xsl:with-param>
            </xsl:call-template>
          </xsl:when>
          <xsl:otherwise><xsl:value-of select="hn:id"/></xsl:otherwise>
        </xsl:choose>
      </strong>
      <xsl:if test="hn:name and hn:title">
        <xsl:text>, </xsl:text>
        <xsl:apply-templates select="hn:title" mode="text"/>
      </xsl:if>
      <xsl:if test="hn:organisation">
        <xsl:text>, </xsl:text>
        <xsl:call-template name="organisation-name">
          <xsl:with-param name="id" select="hn:organisation"/>
        </xsl:call-template>
      </xsl:if>
      <!-- Roles, unless the only one already names the person; then presence. -->
      <xsl:variable name="shown-roles"
                    select="$roles[not(position() = 1 and not(../../hn:name or ../../hn:title))]"/>
      <xsl:if test="$shown-roles or hn:presence">
        <xsl:text> (</xsl:text>
        <xsl:for-each select="$shown-roles | hn:presence">
          <xsl:if test="position() > 1">, </xsl:if>
          <xsl:call-template name="label">
            <xsl:with-param name="key" select="concat(local-name(), '.', .)"/>
          </xsl:call-template>
        </xsl:for-each>
        <xsl:text>)</xsl:text>
      </xsl:if>
    </li>
  </xsl:template>

  <!-- A person an outcome names: never an attendee. -->
  <xsl:template match="hn:person">
    <li id="person-{hn:id}">
      <strong>
        <xsl:choose>
          <xsl:when test="hn:name"><xsl:value-of select="hn:name"/></xsl:when>
          <xsl:when test="hn:title"><xsl:apply-templates select="hn:title" mode="text"/></xsl:when>
          <xsl:otherwise><xsl:value-of select="hn:id"/></xsl:otherwise>
        </xsl:choose>
      </strong>
      <xsl:if test="hn:name and hn:title">
        <xsl:text>, </xsl:text>
        <xsl:apply-templates select="hn:title" mode="text"/>
      </xsl:if>
      <xsl:if test="hn:organisation">
        <xsl:text>, </xsl:text>
        <xsl:call-template name="organisation-name">
          <xsl:with-param name="id" select="hn:organisation"/>
        </xsl:call-template>
      </xsl:if>
      <xsl:if test="hn:organisationName">
        <xsl:text>, </xsl:text>
        <xsl:apply-templates select="hn:organisationName" mode="text"/>
      </xsl:if>
      <xsl:text> (</xsl:text>
      <xsl:call-template name="label"><xsl:with-param name="key" select="'not-attending'"/></xsl:call-template>
      <xsl:text>)</xsl:text>
    </li>
  </xsl:template>

  <xsl:template match="hn:attachment">
    <li id="attachment-{hn:id}">
      <strong><xsl:apply-templates select="hn:title" mode="text"/></strong>
      <xsl:text> (</xsl:text>
      <xsl:call-template name="label"><xsl:with-param name="key" select="concat('attachment.', hn:kind)"/></xsl:call-template>
      <xsl:text>, </xsl:text>
      <xsl:choose>
        <xsl:when test="hn:partOfRecord = 'true' or hn:partOfRecord = '1'">
          <xsl:call-template name="label"><xsl:with-param name="key" select="'part-of-record'"/></xsl:call-template>
        </xsl:when>
        <xsl:otherwise>
          <xsl:call-template name="label"><xsl:with-param name="key" select="'background'"/></xsl:call-template>
        </xsl:otherwise>
      </xsl:choose>
      <xsl:text>)</xsl:text>
      <xsl:if test="hn:fileName">
        <p class="detail">
          <code><xsl:value-of select="hn:fileName"/></code>
          <xsl:if test="hn:mediaType"><xsl:value-of select="concat(', ', hn:mediaType)"/></xsl:if>
          <xsl:if test="hn:sha256"><xsl:value-of select="concat(', SHA-256 ', hn:sha256)"/></xsl:if>
        </p>
      </xsl:if>
    </li>
  </xsl:template>

  <xsl:template name="capitalised">
    <xsl:param name="text"/>
    <xsl:value-of select="concat(translate(substring($text, 1, 1), 'abcdefghijklmnopqrstuvwxyzåäö',
                                           'ABCDEFGHIJKLMNOPQRSTUVWXYZÅÄÖ'), substring($text, 2))"/>
  </xsl:template>

  <xsl:template match="hn:section">
    <xsl:param name="level"/>
    <xsl:variable name="heading" select="concat('h', $level)"/>
    <section class="agenda-item" id="section-{hn:number}">
      <xsl:element name="{$heading}">
        <span class="number"><xsl:value-of select="concat(hn:number, '.')"/></span>
        <xsl:text> </xsl:text>
        <xsl:apply-templates select="hn:title" mode="text"/>
      </xsl:element>
      <xsl:apply-templates select="hn:content/*"/>
      <xsl:apply-templates select="hn:subsections/hn:section">
        <xsl:with-param name="level" select="$level + 1 - ($level = 6)"/>
      </xsl:apply-templates>
    </section>
  </xsl:template>

  <xsl:template match="hn:paragraph">
    <p><xsl:apply-templates select="hn:text" mode="text"/></p>
  </xsl:template>

  <xsl:template match="hn:points">
    <ul>
      <xsl:for-each select="hn:point">
        <li>
          <xsl:if test="hn:id"><xsl:attribute name="id"><xsl:value-of select="hn:id"/></xsl:attribute></xsl:if>
          <xsl:apply-templates select="hn:text" mode="text"/>
        </li>
      </xsl:for-each>
    </ul>
  </xsl:template>

  <xsl:template match="hn:pointList">
    <xsl:apply-templates select="hn:points"/>
  </xsl:template>

  <xsl:template match="hn:statement">
    <xsl:variable name="speaker" select="key('participant', hn:speaker)"/>
    <div class="statement">
      <p class="speaker">
        <strong>
          <xsl:choose>
            <xsl:when test="$speaker/hn:name"><xsl:value-of select="$speaker[1]/hn:name"/></xsl:when>
            <xsl:when test="$speaker/hn:title"><xsl:apply-templates select="$speaker[1]/hn:title" mode="text"/></xsl:when>
            <xsl:otherwise><xsl:value-of select="hn:speaker"/></xsl:otherwise>
          </xsl:choose>
        </strong>
        <xsl:if test="$speaker/hn:name and $speaker/hn:title">
          <span class="title">
            <xsl:text>, </xsl:text>
            <xsl:apply-templates select="$speaker[1]/hn:title" mode="text"/>
          </span>
        </xsl:if>
        <xsl:if test="hn:onBehalfOf">
          <span class="behalf">
            <xsl:text> — </xsl:text>
            <xsl:call-template name="on-behalf"/>
          </span>
        </xsl:if>
      </p>
      <xsl:if test="hn:text"><p><xsl:apply-templates select="hn:text" mode="text"/></p></xsl:if>
      <xsl:apply-templates select="hn:points"/>
    </div>
  </xsl:template>

  <xsl:template name="on-behalf">
    <xsl:variable name="organisation">
      <xsl:call-template name="organisation-name">
        <xsl:with-param name="id" select="hn:onBehalfOf/hn:organisation"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:variable name="leadership">
      <xsl:if test="hn:onBehalfOf/hn:leadership">
        <xsl:call-template name="label">
          <xsl:with-param name="key" select="concat('leadership.', hn:onBehalfOf/hn:leadership)"/>
        </xsl:call-template>
      </xsl:if>
    </xsl:variable>
    <xsl:variable name="for">
      <xsl:call-template name="label"><xsl:with-param name="key" select="'on-behalf'"/></xsl:call-template>
    </xsl:variable>
    <xsl:value-of select="concat($for, ': ', $organisation)"/>
    <xsl:if test="string($leadership)"><xsl:value-of select="concat(', ', $leadership)"/></xsl:if>
  </xsl:template>

  <xsl:template match="hn:finding">
    <div class="finding">
      <xsl:if test="hn:text"><p><xsl:apply-templates select="hn:text" mode="text"/></p></xsl:if>
      <xsl:apply-templates select="hn:points"/>
    </div>
  </xsl:template>

  <xsl:template match="hn:quotation">
    <blockquote>
      <xsl:if test="hn:title or hn:reference">
        <p class="source">
          <xsl:choose>
            <xsl:when test="hn:title"><xsl:apply-templates select="hn:title" mode="text"/></xsl:when>
            <xsl:otherwise><xsl:apply-templates select="hn:reference" mode="citation"/></xsl:otherwise>
          </xsl:choose>
        </p>
      </xsl:if>
      <p><xsl:apply-templates select="hn:text" mode="text"/></p>
    </blockquote>
  </xsl:template>

  <xsl:template name="outcomes-table">
    <table>
      <thead>
        <tr>
          <th><xsl:call-template name="label"><xsl:with-param name="key" select="'outcome-kind'"/></xsl:call-template></th>
          <th><xsl:call-template name="label"><xsl:with-param name="key" select="'outcome-title'"/></xsl:call-template></th>
          <th><xsl:call-template name="label"><xsl:with-param name="key" select="'status'"/></xsl:call-template></th>
          <th><xsl:call-template name="label"><xsl:with-param name="key" select="'outcome-parties'"/></xsl:call-template></th>
          <th><xsl:call-template name="label"><xsl:with-param name="key" select="'source'"/></xsl:call-template></th>
        </tr>
      </thead>
      <tbody>
        <xsl:apply-templates select="hn:outcomes/*" mode="row"/>
      </tbody>
    </table>
  </xsl:template>

  <xsl:template match="*" mode="row">
    <tr class="outcome {local-name()}" id="outcome-{hn:id}">
      <td><xsl:call-template name="label"><xsl:with-param name="key" select="concat('outcome.', local-name())"/></xsl:call-template></td>
      <td>
        <strong><xsl:apply-templates select="hn:title" mode="text"/></strong>
        <xsl:if test="hn:description">
          <p class="description"><xsl:apply-templates select="hn:description" mode="text"/></p>
        </xsl:if>
        <xsl:call-template name="detail">
          <xsl:with-param name="key" select="'signed'"/>
          <xsl:with-param name="value">
            <xsl:if test="hn:signed">
              <xsl:call-template name="date"><xsl:with-param name="value" select="hn:signed"/></xsl:call-template>
            </xsl:if>
          </xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="detail">
          <xsl:with-param name="key" select="'valid'"/>
          <xsl:with-param name="value">
            <xsl:if test="hn:validFrom">
              <xsl:call-template name="date"><xsl:with-param name="value" select="hn:validFrom"/></xsl:call-template>
            </xsl:if>
            <xsl:if test="hn:validFrom or hn:validUntil"><xsl:text>–</xsl:text></xsl:if>
            <xsl:if test="hn:validUntil">
              <xsl:call-template name="date"><xsl:with-param name="value" select="hn:validUntil"/></xsl:call-template>
            </xsl:if>
          </xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="detail">
          <xsl:with-param name="key" select="'approvals'"/>
          <xsl:with-param name="value">
            <xsl:for-each select="hn:approvals/hn:approval">
              <xsl:if test="position() > 1">; </xsl:if>
              <xsl:call-template name="organisation-name"><xsl:with-param name="id" select="hn:organisation"/></xsl:call-template>
              <xsl:if test="hn:body">
                <xsl:text>, </xsl:text>
                <xsl:apply-templates select="hn:body" mode="text"/>
              </xsl:if>
              <xsl:if test="hn:date">
                <xsl:text> </xsl:text>
                <xsl:call-template name="date"><xsl:with-param name="value" select="hn:date"/></xsl:call-template>
              </xsl:if>
              <xsl:if test="hn:section"><xsl:value-of select="concat(' § ', hn:section)"/></xsl:if>
            </xsl:for-each>
          </xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="detail">
          <xsl:with-param name="key" select="'replaces'"/>
          <xsl:with-param name="value">
            <xsl:apply-templates select="hn:replaces/hn:title" mode="text"/>
            <xsl:if test="hn:replaces/hn:title and hn:replaces/hn:record">, </xsl:if>
            <xsl:value-of select="hn:replaces/hn:record"/>
          </xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="detail">
          <xsl:with-param name="key" select="'decided-by'"/>
          <xsl:with-param name="value">
            <xsl:if test="hn:decidedBy">
              <xsl:call-template name="organisation-name"><xsl:with-param name="id" select="hn:decidedBy"/></xsl:call-template>
            </xsl:if>
            <xsl:if test="hn:decidedBy and hn:body">, </xsl:if>
            <xsl:apply-templates select="hn:body" mode="text"/>
            <xsl:if test="self::hn:decision and hn:section"><xsl:value-of select="concat(' § ', hn:section)"/></xsl:if>
          </xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="detail">
          <xsl:with-param name="key" select="'decision-date'"/>
          <xsl:with-param name="value">
            <xsl:if test="self::hn:decision and hn:date">
              <xsl:call-template name="date"><xsl:with-param name="value" select="hn:date"/></xsl:call-template>
            </xsl:if>
          </xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="detail">
          <xsl:with-param name="key" select="'level'"/>
          <xsl:with-param name="value">
            <xsl:if test="hn:level">
              <xsl:call-template name="label"><xsl:with-param name="key" select="concat('level.', hn:level)"/></xsl:call-template>
            </xsl:if>
          </xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="detail">
          <xsl:with-param name="key" select="'parent'"/>
          <xsl:with-param name="value">
            <xsl:if test="hn:parent">
              <xsl:variable name="parent" select="../*[hn:id = current()/hn:parent]"/>
              <xsl:choose>
                <xsl:when test="$parent"><xsl:apply-templates select="$parent[1]/hn:title" mode="text"/></xsl:when>
                <xsl:otherwise><xsl:value-of select="hn:parent"/></xsl:otherwise>
              </xsl:choose>
            </xsl:if>
          </xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="detail">
          <xsl:with-param name="key" select="'target'"/>
          <xsl:with-param name="value"><xsl:apply-templates select="hn:target" mode="text"/></xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="detail">
          <xsl:with-param name="key" select="'follows'"/>
          <xsl:with-param name="value">
            <xsl:if test="hn:follows">
              <xsl:value-of select="concat(hn:follows/hn:record, ': ', hn:follows/hn:outcome)"/>
            </xsl:if>
          </xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="detail">
          <xsl:with-param name="key" select="'proposer'"/>
          <xsl:with-param name="value">
            <xsl:if test="hn:proposer">
              <xsl:call-template name="organisation-name"><xsl:with-param name="id" select="hn:proposer"/></xsl:call-template>
            </xsl:if>
          </xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="detail">
          <xsl:with-param name="key" select="'responsible'"/>
          <xsl:with-param name="value">
            <xsl:for-each select="hn:responsible/hn:ref">
              <xsl:if test="position() > 1">, </xsl:if>
              <xsl:call-template name="organisation-name"><xsl:with-param name="id" select="."/></xsl:call-template>
            </xsl:for-each>
          </xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="detail">
          <xsl:with-param name="key" select="'due'"/>
          <xsl:with-param name="value">
            <xsl:if test="hn:dueDate">
              <xsl:call-template name="date"><xsl:with-param name="value" select="hn:dueDate"/></xsl:call-template>
            </xsl:if>
            <xsl:if test="hn:dueDate and hn:dueText">, </xsl:if>
            <xsl:apply-templates select="hn:dueText | hn:timing" mode="text"/>
          </xsl:with-param>
        </xsl:call-template>
      </td>
      <td>
        <span class="status status-{hn:status}">
          <xsl:call-template name="label"><xsl:with-param name="key" select="concat('status.', hn:status)"/></xsl:call-template>
        </span>
      </td>
      <td>
        <xsl:for-each select="hn:parties/hn:party">
          <xsl:if test="position() > 1">, </xsl:if>
          <xsl:call-template name="organisation-name"><xsl:with-param name="id" select="."/></xsl:call-template>
        </xsl:for-each>
      </td>
      <td>
        <xsl:for-each select="hn:sources/hn:source">
          <xsl:if test="position() > 1">, </xsl:if>
          <a href="#section-{hn:section}"><xsl:value-of select="hn:section"/></a>
          <xsl:if test="hn:sentence">
            <xsl:text> (</xsl:text>
            <xsl:call-template name="label"><xsl:with-param name="key" select="'sentence'"/></xsl:call-template>
            <xsl:value-of select="concat(' ', hn:sentence, ')')"/>
          </xsl:if>
        </xsl:for-each>
      </td>
    </tr>
  </xsl:template>

  <xsl:template name="detail">
    <xsl:param name="key"/>
    <xsl:param name="value"/>
    <xsl:if test="string($value)">
      <p class="detail">
        <xsl:call-template name="label"><xsl:with-param name="key" select="$key"/></xsl:call-template>
        <xsl:text>: </xsl:text>
        <xsl:value-of select="$value"/>
      </p>
    </xsl:if>
  </xsl:template>

  <xsl:template match="hn:record">
    <div class="ending">
    <xsl:if test="hn:status = 'approved'">
      <section class="approval">
        <h2><xsl:call-template name="label"><xsl:with-param name="key" select="'approval'"/></xsl:call-template></h2>
        <p class="approval-statement">
          <xsl:call-template name="label"><xsl:with-param name="key" select="'approval-statement'"/></xsl:call-template>
          <xsl:text>.</xsl:text>
        </p>
        <dl class="facts">
          <xsl:if test="hn:approved">
            <xsl:call-template name="fact">
              <xsl:with-param name="key" select="'approved'"/>
              <xsl:with-param name="value">
                <xsl:call-template name="date"><xsl:with-param name="value" select="hn:approved"/></xsl:call-template>
              </xsl:with-param>
            </xsl:call-template>
          </xsl:if>
          <xsl:if test="hn:approver">
            <xsl:call-template name="fact">
              <xsl:with-param name="key" select="'approver'"/>
              <xsl:with-param name="value" select="string(hn:approver)"/>
            </xsl:call-template>
          </xsl:if>
        </dl>
      </section>
    </xsl:if>
    <footer>
      <h2><xsl:call-template name="label"><xsl:with-param name="key" select="'record'"/></xsl:call-template></h2>
      <dl class="facts">
        <xsl:if test="hn:identifier">
          <xsl:call-template name="fact">
            <xsl:with-param name="key" select="'identifier'"/>
            <xsl:with-param name="value" select="string(hn:identifier)"/>
          </xsl:call-template>
        </xsl:if>
        <xsl:if test="hn:caseId">
          <xsl:call-template name="fact">
            <xsl:with-param name="key" select="'case'"/>
            <xsl:with-param name="value" select="string(hn:caseId)"/>
          </xsl:call-template>
        </xsl:if>
        <xsl:if test="hn:documentType">
          <xsl:call-template name="fact">
            <xsl:with-param name="key" select="'document-type'"/>
            <xsl:with-param name="value">
              <xsl:call-template name="label"><xsl:with-param name="key" select="concat('documentType.', hn:documentType)"/></xsl:call-template>
            </xsl:with-param>
          </xsl:call-template>
        </xsl:if>
        <xsl:if test="hn:status">
          <xsl:call-template name="fact">
            <xsl:with-param name="key" select="'record-status'"/>
            <xsl:with-param name="value">
              <xsl:call-template name="label"><xsl:with-param name="key" select="concat('recordStatus.', hn:status)"/></xsl:call-template>
            </xsl:with-param>
          </xsl:call-template>
        </xsl:if>
        <xsl:if test="hn:created">
          <xsl:call-template name="fact">
            <xsl:with-param name="key" select="'created'"/>
            <xsl:with-param name="value">
              <xsl:call-template name="date"><xsl:with-param name="value" select="hn:created"/></xsl:call-template>
            </xsl:with-param>
          </xsl:call-template>
        </xsl:if>
        <xsl:if test="hn:approved">
          <xsl:call-template name="fact">
            <xsl:with-param name="key" select="'approved'"/>
            <xsl:with-param name="value">
              <xsl:call-template name="date"><xsl:with-param name="value" select="hn:approved"/></xsl:call-template>
            </xsl:with-param>
          </xsl:call-template>
        </xsl:if>
        <xsl:if test="hn:author">
          <xsl:call-template name="fact">
            <xsl:with-param name="key" select="'author'"/>
            <xsl:with-param name="value" select="string(hn:author)"/>
          </xsl:call-template>
        </xsl:if>
        <xsl:if test="hn:approver">
          <xsl:call-template name="fact">
            <xsl:with-param name="key" select="'approver'"/>
            <xsl:with-param name="value" select="string(hn:approver)"/>
          </xsl:call-template>
        </xsl:if>
        <xsl:if test="hn:publicity">
          <xsl:call-template name="fact">
            <xsl:with-param name="key" select="'publicity'"/>
            <xsl:with-param name="value">
              <xsl:call-template name="label"><xsl:with-param name="key" select="concat('publicityClass.', hn:publicity/hn:publicityClass)"/></xsl:call-template>
              <xsl:if test="hn:publicity/hn:legalGround">
                <xsl:value-of select="concat(' (', hn:publicity/hn:legalGround, ')')"/>
              </xsl:if>
            </xsl:with-param>
          </xsl:call-template>
        </xsl:if>
        <xsl:if test="hn:personalData">
          <xsl:call-template name="fact">
            <xsl:with-param name="key" select="'personal-data'"/>
            <xsl:with-param name="value">
              <xsl:call-template name="label"><xsl:with-param name="key" select="concat('personalData.', hn:personalData)"/></xsl:call-template>
            </xsl:with-param>
          </xsl:call-template>
        </xsl:if>
        <xsl:if test="hn:retention">
          <xsl:call-template name="fact">
            <xsl:with-param name="key" select="'retention'"/>
            <xsl:with-param name="value">
              <xsl:choose>
                <xsl:when test="hn:retention/hn:permanent = 'true' or hn:retention/hn:permanent = '1'">
                  <xsl:call-template name="label"><xsl:with-param name="key" select="'permanent'"/></xsl:call-template>
                </xsl:when>
                <xsl:when test="hn:retention/hn:periodYears">
                  <xsl:value-of select="concat(hn:retention/hn:periodYears, ' ')"/>
                  <xsl:call-template name="label"><xsl:with-param name="key" select="'years'"/></xsl:call-template>
                </xsl:when>
              </xsl:choose>
              <xsl:if test="hn:retention/hn:reason">
                <xsl:text> (</xsl:text>
                <xsl:apply-templates select="hn:retention/hn:reason" mode="text"/>
                <xsl:text>)</xsl:text>
              </xsl:if>
            </xsl:with-param>
          </xsl:call-template>
        </xsl:if>
        <xsl:if test="hn:functionCode">
          <xsl:call-template name="fact">
            <xsl:with-param name="key" select="'function'"/>
            <xsl:with-param name="value" select="string(hn:functionCode)"/>
          </xsl:call-template>
        </xsl:if>
        <xsl:if test="hn:languages/hn:language">
          <xsl:call-template name="fact">
            <xsl:with-param name="key" select="'languages'"/>
            <xsl:with-param name="value">
              <xsl:for-each select="hn:languages/hn:language">
                <xsl:if test="position() > 1">, </xsl:if>
                <xsl:value-of select="."/>
              </xsl:for-each>
            </xsl:with-param>
          </xsl:call-template>
        </xsl:if>
      </dl>
    </footer>
    </div>
  </xsl:template>

</xsl:stylesheet>
