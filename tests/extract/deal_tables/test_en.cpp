// Deal and post sentences in en, each with what a reader takes from it (see
// tests/support/deal_table.hpp).
#include "support/deal_table.hpp"

using namespace dealgraph::test::deal_table;

namespace {

// clang-format off
const std::vector<DealRow> kDeals = {
    // gap: the second clause's object is elided
    {"en", "Microsoft will invest $5 billion in Anthropic, while Nvidia will invest $10 billion.",
     {"Investment investor=microsoft investee=anthropic", "Investment investor=nvidia investee=anthropic"}, "5000000000 USD", nullptr, kGap},
    {"en", "OpenAI raised $40 billion in a round led by SoftBank.",
     {"Investment investor=softbank investee=openai"}, "40000000000 USD"},
    {"en", "Anthropic is backed by Amazon and Google.",
     {"Investment investor=amazon investee=anthropic", "Investment investor=google investee=anthropic"}},
    {"en", "Cerebras raised $1.1 billion in a round co-led by Fidelity and Tiger Global.",
     {"Investment investor=fidelity investee=cerebras", "Investment investor=tiger-global investee=cerebras"}, "1100000000 USD", nullptr},
    {"en", "Mistral AI raised €1.7 billion. ASML led the round and Nvidia also participated in the round.",
     {"Investment investor=asml investee=mistral-ai", "Investment investor=nvidia investee=mistral-ai"}, "1700000000 EUR", nullptr},
    {"en", "Nvidia agreed to take a roughly 4% stake in Intel for $5 billion.",
     {"EquityStake investor=nvidia investee=intel"}, "5000000000 USD", "4 percent"},
    // The name after a verb of giving receives the warrant.
    {"en", "AMD granted OpenAI warrants for up to 160 million AMD shares.",
     {"EquityStake investee=amd investor=openai"}},
    {"en", "AMD will supply 6 gigawatts of Instinct GPUs to OpenAI.",
     {"SupplyAgreement supplier=amd customer=openai"}, nullptr, "6 GW"},
    {"en", "Nvidia will sell 18,000 GB300 chips to Humain.",
     {"SupplyAgreement supplier=nvidia customer=humain"}, nullptr, "18000 chips"},
    {"en", "OpenAI will lease 4.5 gigawatts of data-center capacity from Oracle.",
     {"SupplyAgreement customer=openai supplier=oracle"}, nullptr, "4.5 GW"},
    {"en", "xAI's Colossus cluster runs on GPUs supplied by Nvidia.",
     {"SupplyAgreement customer=xai supplier=nvidia"}},
    {"en", "Meta signed a $10 billion cloud deal with Google.",
     {"CloudContract customer=meta supplier=google"}, "10000000000 USD"},
    {"en", "Microsoft signed a $9.7 billion contract with IREN for GPU capacity.",
     {"CloudContract customer=microsoft supplier=iren"}, "9700000000 USD"},
    {"en", "OpenAI agreed to buy $38 billion of cloud services from Amazon Web Services.",
     {"CloudContract customer=openai supplier=aws"}, "38000000000 USD"},
    {"en", "Broadcom and OpenAI announced a strategic collaboration to build custom accelerators.",
     {"Partnership partner=broadcom partner=openai"}},
    {"en", "Anthropic has partnered with Palantir to bring its models to U.S. defense agencies.",
     {"Partnership partner=anthropic partner=palantir"}},
    {"en", "Google will guarantee $1.4 billion of Fluidstack's debt.",
     {"LoanGuarantee guarantor=google beneficiary=fluidstack"}, "1400000000 USD"},
    {"en", "Nvidia agreed to acquire Acme Compute Inc. for $900 million.",
     {"Acquisition acquirer=nvidia target=new:acme-compute"}, "900000000 USD"},
    {"en", "Ampere Computing was acquired by SoftBank for $6.5 billion.",
     {"Acquisition acquirer=softbank target=ampere-computing"}, "6500000000 USD"},
    // What changes hands decides the type: a business, shares, or a product.
    {"en", "Intel agreed to sell its networking division to Broadcom for $2 billion.",
     {"Acquisition acquirer=broadcom target=intel"}, "2000000000 USD"},
    {"en", "SoftBank sold its robotics unit Acme Robotics Inc. to Nvidia.",
     {"Acquisition acquirer=nvidia target=new:acme-robotics"}},
    {"en", "Nvidia bought 2 million Intel shares last week.",
     {"EquityStake investor=nvidia investee=intel"}},
    {"en", "Microsoft will buy the cloud operations of Oracle.",
     {"Acquisition acquirer=microsoft target=oracle"}},
    {"en", "SoftBank has acquired 3 million shares of Intel.",
     {"EquityStake investor=softbank investee=intel"}},
    {"en", "Nvidia sold 5,000 H100 chips to Meta.",
     {"SupplyAgreement supplier=nvidia customer=meta"}, nullptr, "5000 chips"},
    {"en", "Intel agreed to buy networking chip firm Acme Compute Inc. for $1 billion.",
     {"Acquisition acquirer=intel target=new:acme-compute"}, "1000000000 USD"},
    {"en", "Nvidia said it was buying 100% of Groq.",
     {"Acquisition acquirer=nvidia target=groq"}},
    {"en", "Meta bought display technology from rival Google.",
     {"SupplyAgreement customer=meta supplier=google"}},
    // A party from a clause that turns to another statement is not the subject.
    {"en", "Microsoft owns 10% of OpenAI, while the remaining shareholding is held by Nvidia.",
     {"EquityStake investor=microsoft investee=openai"}, nullptr, "10 percent"},
    {"en", "Groq is 83% owned by Nvidia.",
     {"Acquisition acquirer=nvidia target=groq"}, nullptr, "83 percent"},
    // A holding or a company sold to no one named is given up, not a deal between the names.
    {"en", "SoftBank sold its stake in Nvidia in 2019.", {}},
    {"en", "AMD sold Acme Compute Inc. last year.", {}},
    // A majority of a company is the company; less is a stake.
    {"en", "Nvidia took a 67% stake in Acme Compute Inc.",
     {"Acquisition acquirer=nvidia target=new:acme-compute"}, nullptr, "67 percent"},
    {"en", "Intel completed the acquisition of an 80% interest in Acme Compute Inc.",
     {"Acquisition acquirer=intel target=new:acme-compute"}, nullptr, "80 percent"},
    {"en", "Intel agreed to acquire 100% of the outstanding shares of Acme Compute Inc.",
     {"Acquisition acquirer=intel target=new:acme-compute"}, nullptr, "100 percent"},
    {"en", "Oracle will start taking over Acme Compute Inc. next year.",
     {"Acquisition acquirer=oracle target=new:acme-compute"}},
    // "led by" states a round only where money is raised.
    {"en", "The consortium, led by Microsoft, said it sold its Intel shares.", {}},
    {"en", "Nvidia raised its stake in Intel to 6%.",
     {"EquityStake investor=nvidia investee=intel"}, nullptr, "6 percent"},
    // The agent of a noun, and who absorbs whom in a merger.
    {"en", "Regulators cleared the purchase of Acme Compute Inc. by Intel.",
     {"Acquisition acquirer=intel target=new:acme-compute"}},
    {"en", "The acquisition by Nvidia of Groq closed in May.",
     {"Acquisition acquirer=nvidia target=groq"}},
    {"en", "Shareholders approved the merger of Acme Compute Inc. with AMD.",
     {"Acquisition acquirer=amd target=new:acme-compute"}},
    {"en", "Ampere Computing was merged into SoftBank last year.",
     {"Acquisition acquirer=softbank target=ampere-computing"}},
    {"en", "Fluidstack's debt is guaranteed by Google.",
     {"LoanGuarantee guarantor=google beneficiary=fluidstack"}},
    // Trigger words in another sense state no deal.
    {"en", "A government contractor for Microsoft was arrested near Oracle's offices.", {}},
    {"en", "Regulators could deal with Nvidia and Intel separately.", {}},
    {"en", "Microsoft is investigating the outage that hit Oracle.", {}},
    {"en", "Investment bankers at Goldman Sachs advised Intel.", {}},
    {"en", "Google and Amazon are the largest cloud providers.", {}},
    {"en", "Intel staked its future on a factory that Nvidia may use.", {}},
    {"en", "A court ordered Meta to pay Microsoft.", {}},
    {"en", "Intel raised concerns about Nvidia's prices.", {}},
    {"en", "Microsoft is back in the race against Google.", {}},
    {"en", "Meta ordered 10,000 GPUs from Nvidia.",
     {"SupplyAgreement customer=meta supplier=nvidia"}, nullptr, "10000 chips"},
    {"en", "Groq licensed its inference technology to Nvidia.",
     {"Licensing licensor=groq licensee=nvidia"}},
    {"en", "Hygon licensed the x86 design from AMD.",
     {"Licensing licensee=hygon licensor=amd"}},
    {"en", "Nvidia said it had purchased no additional Intel shares since May.", {}},
    {"en", "Intel agreed to buy all of the capital stock of Acme Compute Inc.",
     {"Acquisition acquirer=intel target=new:acme-compute"}},
    {"en", "AMD sold its Dresden chip factory to Intel.",
     {"Acquisition acquirer=intel target=amd"}},
    {"en", "Oracle will purchase the data center properties of Meta.",
     {"Acquisition acquirer=oracle target=meta"}},
    {"en", "Nvidia said it would pay cash provided that Intel agreed.", {}},
    {"en", "Acme Capital L.P., a limited partnership led by SoftBank, filed the report.", {}},
    // A holding named by its holder
    {"en", "Intel's largest shareholder, SoftBank, backed the plan.",
     {"EquityStake investor=softbank investee=intel"}},
    {"en", "SoftBank, Intel's largest shareholder, said little.",
     {"EquityStake investor=softbank investee=intel"}},
    {"en", "SoftBank is the largest shareholder of Intel.",
     {"EquityStake investor=softbank investee=intel"}},
    {"en", "Intel issued Nvidia a warrant to buy 5 million Intel shares.",
     {"EquityStake investee=intel investor=nvidia"}},
    // An agreement of no stated kind that names chips supplies them; one that names GPU capacity
    // is a cloud contract; one that names neither is a partnership.
    {"en", "OpenAI signed an agreement with Nvidia covering Blackwell GPUs.",
     {"SupplyAgreement supplier=nvidia customer=openai"}},
    {"en", "Oracle signed an agreement with OpenAI.",
     {"Partnership partner=oracle partner=openai"}},
    {"en", "Intel is exploring the sale of its stake in Mobileye.", {}},
    {"en", "SoftBank reached an agreement with Nvidia for the sale of Groq.",
     {"Acquisition acquirer=nvidia target=groq"}},
    // Frames: the giver after a genitive and the receiver after "in" (dg:receiverAfterPreposition),
    // a partner named with a description, German verb-second, an object that is another verb's.
    {"en", "Intel welcomed the investment of SoftBank in OpenAI.",
     {"Investment investor=softbank investee=openai"}},
    {"en", "Intel had bought the startup years ago for a fraction of the price later paid by Nvidia.",
     {}},
    {"en", "Groq said that before the merger, Nvidia would hire new engineers.",
     {}},
    // A pair after "between, entre, tra"; entering a company's capital is a stake.
    {"en", "Regulators reviewed the agreement between Intel and Nvidia.",
     {"Partnership partner=intel partner=nvidia"}},
    // A vehicle after "through, a través de, tramite" acts for the buyer or investor.
    {"en", "SoftBank will buy a 5% stake in Arm through SoftBank Vision Fund.",
     {"EquityStake investor=softbank-vision-fund investee=arm"}},
    {"en", "Acme Compute Inc. sold its chip unit to Groq through a holding company.",
     {"Acquisition acquirer=groq target=new:acme-compute"}},
    // A person named between "the company" and the trigger acts, not the company.
    {"en", "Nvidia reported results. The company said nothing about the filing that showed he may buy more Groq shares.",
     {}},
    // A company that receives an offer is the one to be bought; a price per share offered for a
    // company is a bid for it; "the company" after the bidder means the company held.
    {"en", "Intel said it received an offer from Broadcom of 30 dollars per share.",
     {"Acquisition acquirer=broadcom target=intel"}},
    {"en", "Intel received an offer from Broadcom to help with the cleanup.", {}},
    {"en", "Broadcom offered 41 dollars a share for Intel, topping a rival bid.",
     {"Acquisition acquirer=broadcom target=intel"}},
    {"en", "Broadcom paid 41 dollars a share for Intel stock last year.", {}},
    {"en", "Intel's largest shareholder, Broadcom, has offered 41 dollars per share for the company.",
     {"EquityStake investor=broadcom investee=intel", "Acquisition acquirer=broadcom target=intel"}},
    // Two names that reach an agreement of no stated kind are partners; a settlement is none.
    {"en", "Intel and the Nvidia Corporation (NVC) reached a preliminary deal for local firms to build two plants.",
     {"Partnership partner=intel partner=nvidia"}},
    {"en", "Intel reached an agreement with Nvidia to develop a new interconnect.",
     {"Partnership partner=intel partner=nvidia"}},
    {"en", "Intel and Nvidia reached an agreement to settle the patent lawsuit.", {}},
    {"en", "Shares of Intel and Nvidia rose after they reached an agreement on prices.", {}},
    // A person who says "he" has bought or holds shares is their investor; never a buyer of a
    // company, and not a person whose words follow a relative or a job title.
    {"en", "Investor Carl Brandt, a Denver oilman, told the Securities and Exchange Commission he has acquired 240,000 shares of Intel, or 6.1 pct of the stock.",
     {"EquityStake investor=new:carl-brandt investee=intel"}, nullptr, "6.1 percent"},
    {"en", "Investor Carl Brandt said he raised his stake in Intel to 7.2 pct.",
     {"EquityStake investor=new:carl-brandt investee=intel"}, nullptr, "7.2 percent"},
    {"en", "Investor Carl Brandt said he will acquire all of Intel.", {}},
    {"en", "Investor Carl Brandt said he will return to the Nvidia group, which owns 30 pct of Intel.", {}},
    {"en", "Carl Brandt, equity analyst at Nvidia, said margins at Intel would improve.", {}},
    // Merger talks name two partners; a round joined with no raiser named is the article's company's.
    {"en", "Intel held merger talks with Nvidia last year.", {"Partnership partner=intel partner=nvidia"}},
    {"en", "Mistral AI is hiring engineers in Paris. Nvidia led the round.", {"Investment investor=nvidia investee=mistral-ai"}},
    // A sentence that opens with a non-finite clause: the main clause's subject acts in it.
    {"en", "After investing in Intel, Nvidia hired a new chief scientist.", {"Investment investor=nvidia investee=intel"}},
    {"en", "After Nvidia invested in Intel, AMD turned to other chips.", {"Investment investor=nvidia investee=intel"}},
    {"en", "After Jane Roe invested in Intel, Nvidia turned to other chips.", {}},
    // A trigger after the opening clause's comma is the main clause's own.
    {"en", "Before joining the ministry, Jane Roe was a partner at Nvidia and later headed Oracle, Microsoft and AMD.", {}},
    // "led by" names no round where no raiser is named.
    {"en", "Intel reported results. The filibuster over the pay raise was led by Nvidia.", {}},
};

const std::vector<PostRow> kPosts = {
    {"en", "Nvidia CEO Jensen Huang said demand was extraordinary.", {"jensen-huang CEO nvidia"}},
    {"en", "Microsoft's chief financial officer Amy Hood told analysts capacity would stay tight.", {"amy-hood CFO microsoft"}},
    {"en", "Safra Catz, Oracle's chief executive, spoke on the call.", {"safra-catz CEO oracle"}},
    {"en", "Google DeepMind co-founder Demis Hassabis said the models would improve.", {"demis-hassabis Founder google-deepmind"}},
    {"en", "Microsoft CTO Kevin Scott said the company would build more data centres.", {"kevin-scott CTO microsoft"}},
    {"en", "Larry Ellison, chairman and chief technology officer of Oracle, spoke first.",
     {"larry-ellison Chair oracle", "larry-ellison CTO oracle"}},
};
// clang-format on

}  // namespace

TEST_CASE("deal table en: deals read from the meaning of each sentence", "[extract][deal-table][en]") {
  check_deal_rows(kDeals);
}

TEST_CASE("deal table en: posts read from the meaning of each sentence", "[extract][deal-table][en]") {
  check_post_rows(kPosts);
}
